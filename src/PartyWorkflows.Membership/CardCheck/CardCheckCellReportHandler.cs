using System.Text.Json;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// Service task card-check-cell-report, after each cell's check: applies the cell's findings (memberKey → "presented" |
/// "damaged" | "lost" | "neverIssued" | "notPresented"; a member left out was not presented), and the optional
/// findingReasons (memberKey → the cell's note) and misusedCards (member keys) to the members of the
/// multi-instance item cell, classifies them (<see cref="CardCheckClassifier"/>) and files the report under the cell's id
/// in cellReports, dated today in Vietnam. The cells share the instance's variables, so findings is cleared once filed.
/// </summary>
public sealed class CardCheckCellReportHandler : IServiceTaskHandler
{
    public const string HandlerName = "card-check-cell-report";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var campaign = CardCheckVariables.Campaign(context);
        var cell = CardCheckVariables.Cell(context);
        var findings = WorkflowVariables.Required<Dictionary<string, CardFinding>>(context, "findings");
        if (findings.Keys.FirstOrDefault(key => cell.Members.All(m => m.MemberKey != key)) is { } stranger)
        {
            throw new InvalidOperationException($"Đảng viên {stranger} không có trong danh sách của chi bộ {cell.Name}.");
        }

        var reasons = WorkflowVariables.Optional<Dictionary<string, string>>(context, "findingReasons") ?? [];
        var misused = WorkflowVariables.Optional<List<string>>(context, "misusedCards") ?? [];
        var checkedCell = cell with
        {
            Members = [.. cell.Members.Select(m => m with
            {
                Finding = findings.GetValueOrDefault(m.MemberKey, CardFinding.NotPresented),
                FindingReason = reasons.GetValueOrDefault(m.MemberKey),
                Misused = misused.Contains(m.MemberKey),
            })],
        };
        var reports = CardCheckVariables.Reports(context);
        var reportedOn = VietnamTime.DateOf(context.Now);
        reports[cell.OrganisationId] = new CellCardCheckReport(
            cell.OrganisationId, cell.Name, reportedOn, checkedCell.Members, CardCheckClassifier.Classify(campaign, checkedCell));
        return new ServiceTaskResult(new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["cellReports"] = WorkflowVariables.ToElement(reports),
            // Consumed: the next cell's form must not show this cell's findings.
            ["findings"] = Cleared,
            ["findingReasons"] = Cleared,
            ["misusedCards"] = Cleared,
        });
    }

    private static JsonElement Cleared => JsonSerializer.SerializeToElement<object?>(null);
}
