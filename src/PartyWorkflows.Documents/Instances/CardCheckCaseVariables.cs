using System.Text.Json;
using PartyWorkflows.Membership.CardCheck;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// Reads the variables of workflows/card-technical-check.bpmn (its header comment) in the handlers' own shapes through
/// <see cref="JsonVariables"/>: campaign, cells, cellReports (card-check-cell-report), grassrootsReport
/// (card-check-consolidate) and invalidCards (card-check-invalid-cards).
/// </summary>
internal sealed class CardCheckCaseVariables(IReadOnlyDictionary<string, JsonElement> variables)
{
    public CardCheckCampaign? Campaign => JsonVariables.Read<CardCheckCampaign>(variables, "campaign");

    /// <summary>The filed cell reports in the order of the campaign's cells (the order of 6-KTTĐV).</summary>
    public IReadOnlyList<CellCardCheckReport> CellReports()
    {
        var reports = JsonVariables.Read<Dictionary<string, CellCardCheckReport>>(variables, "cellReports");
        if (reports is null)
        {
            return [];
        }

        var position = (JsonVariables.Read<List<CampaignCell>>(variables, "cells") ?? []).Select((cell, i) => (cell.OrganisationId, i))
            .ToDictionary(c => c.OrganisationId, c => c.i, StringComparer.Ordinal);
        return [.. reports.Values.OrderBy(r => position.GetValueOrDefault(r.CellId, int.MaxValue))];
    }

    public CardCheckReport? GrassrootsReport => JsonVariables.Read<CardCheckReport>(variables, "grassrootsReport");

    public IReadOnlyList<InvalidCard> InvalidCards => JsonVariables.Read<List<InvalidCard>>(variables, "invalidCards") ?? [];
}
