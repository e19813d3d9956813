using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.CardCheck;
using PartyWorkflows.Membership.Cards;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Tests.CardCheck;

/// <summary>
/// workflows/card-technical-check.bpmn with its handlers, and the card procedures it calls (card-replacement,
/// card-issuance with an in-memory number source), on 15/4/2021, the first day of the fourth round.
/// </summary>
internal sealed class CardTechnicalCheckEngine : ShippedWorkflowEngine
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public CardTechnicalCheckEngine()
        : base("card-technical-check.bpmn", new DateTimeOffset(2021, 4, 15, 9, 0, 0, Vietnam),
            new CardCheckCampaignHandler(), new CardCheckCellReportHandler(), new CardCheckConsolidationHandler(), new CardCheckInvalidCardsHandler(),
            new AllocateCardNumberHandler(new InMemoryCardNumberSource(), CardNumberScheme.Guidance12))
    {
        Deploy("card-replacement.bpmn");
        Deploy("card-issuance.bpmn");
    }

    public InstanceState Start(params CampaignCell[] cells) => Start(CardCheckCampaign.Fourth, cells);

    public InstanceState Start(CardCheckCampaign campaign, params CampaignCell[] cells) => Host.Start(
        "card-technical-check",
        new Dictionary<string, JsonElement>
        {
            ["provinceCode"] = JsonSerializer.SerializeToElement("49"),
            ["campaign"] = WorkflowVariables.ToElement(campaign),
            ["cells"] = WorkflowVariables.ToElement(cells),
        },
        businessKey: "card-technical-check/4");

    /// <summary>The cell's meeting completes its check with these findings (a never-issued card with the cell's note).</summary>
    public InstanceState CheckCell(InstanceState instance, string cellId, params (string MemberKey, CardFinding Finding)[] findings)
    {
        var task = Host.Instance(instance.Id).Tasks.Single(t =>
            t.ElementId == "cellCheck" && t.LocalVariables!["cell"].GetProperty("organisationId").GetString() == cellId);
        var variables = new Dictionary<string, JsonElement>
        {
            ["findings"] = WorkflowVariables.ToElement(findings.ToDictionary(f => f.MemberKey, f => f.Finding)),
            ["findingReasons"] = WorkflowVariables.ToElement(findings.Where(f => f.Finding == CardFinding.NeverIssued)
                .ToDictionary(f => f.MemberKey, _ => "Chưa được phát thẻ sau khi công nhận chính thức")),
        };
        return Host.Execute(instance.Id, new CompleteTask(task.Id, variables) { Actor = cellId });
    }

    /// <summary>The instances the campaign called, by process id.</summary>
    public List<InstanceState> Called(InstanceState campaign, string processId) =>
        [.. Host.Instances.Where(i => i.Parent?.InstanceId == campaign.Id && i.ProcessId == processId)];

    public static T Read<T>(InstanceState instance, string name) => instance.Variables[name].Deserialize<T>(WorkflowVariables.Options)!;
}
