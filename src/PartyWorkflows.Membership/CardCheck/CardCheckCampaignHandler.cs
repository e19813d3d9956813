using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Deadlines;

namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// Service task card-check-campaign: checks the campaign's dates and sets the timer values invalidFromAt (the first
/// instant an unchecked card is invalid), grassrootsDueAt and superiorReportDueAt (the reports are due "trước ngày",
/// before the given day begins).
/// </summary>
public sealed class CardCheckCampaignHandler : IServiceTaskHandler
{
    public const string HandlerName = "card-check-campaign";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var campaign = CardCheckVariables.Campaign(context);
        if (campaign.Problems() is [_, ..] problems)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        return new ServiceTaskResult(new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["invalidFromAt"] = JsonSerializer.SerializeToElement(DayStart.TimerValue(campaign.InvalidFrom)),
            ["grassrootsDueAt"] = JsonSerializer.SerializeToElement(DayStart.TimerValue(campaign.GrassrootsReportBy)),
            ["superiorReportDueAt"] = JsonSerializer.SerializeToElement(DayStart.TimerValue(campaign.SuperiorReportBy)),
        });
    }
}
