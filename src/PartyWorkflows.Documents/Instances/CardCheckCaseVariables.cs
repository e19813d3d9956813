using System.Text.Json;
using PartyWorkflows.Membership.CardCheck;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// Reads the variables of workflows/card-technical-check.bpmn (its header comment) in the handlers' own shapes and
/// spelling (<see cref="WorkflowVariables.Options"/>): campaign, cells, cellReports (card-check-cell-report),
/// grassrootsReport (card-check-consolidate) and invalidCards (card-check-invalid-cards). A missing or malformed
/// variable reads as absent, so a form prints without it rather than failing the download.
/// </summary>
public sealed class CardCheckCaseVariables(IReadOnlyDictionary<string, JsonElement> variables)
{
    public CardCheckCampaign? Campaign => Read<CardCheckCampaign>("campaign");

    /// <summary>The filed cell reports in the order of the campaign's cells (the order of 6-KTTĐV).</summary>
    public IReadOnlyList<CellCardCheckReport> CellReports()
    {
        var reports = Read<Dictionary<string, CellCardCheckReport>>("cellReports");
        if (reports is null)
        {
            return [];
        }

        var position = (Read<List<CampaignCell>>("cells") ?? []).Select((cell, i) => (cell.OrganisationId, i))
            .ToDictionary(c => c.OrganisationId, c => c.i, StringComparer.Ordinal);
        return [.. reports.Values.OrderBy(r => position.GetValueOrDefault(r.CellId, int.MaxValue))];
    }

    public CardCheckReport? GrassrootsReport => Read<CardCheckReport>("grassrootsReport");

    public IReadOnlyList<InvalidCard> InvalidCards => Read<List<InvalidCard>>("invalidCards") ?? [];

    private T? Read<T>(string name) where T : class
    {
        if (!variables.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        try
        {
            return value.Deserialize<T>(WorkflowVariables.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
