using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// Service task card-check-consolidate: the grassroots committee's summary 6-KTTĐV (seed 002 §3.2 "lập biểu báo cáo tổng
/// hợp (theo mẫu 6-KTTĐV), các danh sách đề nghị") as the sum of the cell reports in the order of cells; sets
/// grassrootsReport and, for the follow-up procedures, lostCards, damagedCards and neverIssuedCards (the rows of 4-, 3- and
/// 5-KTTĐV; each row has memberKey, fullName and cardNumber, so it serves as a member of the card procedures' members).
/// </summary>
public sealed class CardCheckConsolidationHandler : IServiceTaskHandler
{
    public const string HandlerName = "card-check-consolidate";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var reports = CardCheckVariables.Reports(context);
        var consolidated = CardCheckVariables.Cells(context)
            .Where(cell => reports.ContainsKey(cell.OrganisationId))
            .Aggregate(CardCheckReport.Empty, (sum, cell) => sum.Add(reports[cell.OrganisationId].Report));
        return new ServiceTaskResult(new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["grassrootsReport"] = WorkflowVariables.ToElement(consolidated),
            ["lostCards"] = WorkflowVariables.ToElement(consolidated.Lost),
            ["damagedCards"] = WorkflowVariables.ToElement(consolidated.Damaged),
            ["neverIssuedCards"] = WorkflowVariables.ToElement(consolidated.NeverIssued),
        });
    }
}
