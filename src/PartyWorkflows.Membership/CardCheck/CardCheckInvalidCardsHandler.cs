using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// Service task card-check-invalid-cards, when the campaign's end-date timer fires: sets invalidCards, the cards of the
/// campaign's cells with no validity from the day after the campaign (<see cref="CardValidity.InvalidCards"/>).
/// </summary>
public sealed class CardCheckInvalidCardsHandler : IServiceTaskHandler
{
    public const string HandlerName = "card-check-invalid-cards";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var invalid = CardValidity.InvalidCards(
            CardCheckVariables.Campaign(context), CardCheckVariables.Cells(context), CardCheckVariables.Reports(context));
        return new ServiceTaskResult(new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["invalidCards"] = WorkflowVariables.ToElement(invalid),
        });
    }
}
