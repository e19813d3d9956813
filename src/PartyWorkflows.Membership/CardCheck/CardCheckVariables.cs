using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// The process variables of workflows/card-technical-check.bpmn as typed values (camelCase JSON through
/// <see cref="WorkflowVariables"/>: enums as "presented", "lost", …, dates as yyyy-MM-dd). The shapes are documented in
/// the workflow's header.
/// </summary>
public static class CardCheckVariables
{
    public static CardCheckCampaign Campaign(ServiceTaskContext context) => WorkflowVariables.Required<CardCheckCampaign>(context, "campaign");

    public static IReadOnlyList<CampaignCell> Cells(ServiceTaskContext context) => WorkflowVariables.Required<List<CampaignCell>>(context, "cells");

    public static CampaignCell Cell(ServiceTaskContext context) => WorkflowVariables.Required<CampaignCell>(context, "cell");

    /// <summary>The cell reports filed so far, by cell organisation id; none before the first.</summary>
    public static Dictionary<string, CellCardCheckReport> Reports(ServiceTaskContext context) =>
        WorkflowVariables.Optional<Dictionary<string, CellCardCheckReport>>(context, "cellReports") ?? new(StringComparer.Ordinal);
}
