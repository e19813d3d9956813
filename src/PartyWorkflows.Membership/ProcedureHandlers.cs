using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.CardCheck;
using PartyWorkflows.Membership.Dossiers;
using PartyWorkflows.Membership.Exemptions;
using PartyWorkflows.Membership.Transfers;

namespace PartyWorkflows.Membership;

/// <summary>
/// The pure service-task handlers of new-member-record, card-technical-check, party-transfer and exemption (they keep
/// no state), as factories over the working-day calendar so a host registers each from its container. The service's
/// record-transfer-slip and record-dossier-received write the member store and are not here.
/// </summary>
public static class ProcedureHandlers
{
    public static IReadOnlyList<Func<IWorkingDayCalendar, IServiceTaskHandler>> Factories { get; } =
    [
        calendar => new NewMemberRecordDeadlineHandler(calendar),
        _ => new CardCheckCampaignHandler(),
        _ => new CardCheckCellReportHandler(),
        _ => new CardCheckConsolidationHandler(),
        _ => new CardCheckInvalidCardsHandler(),
        TransferHandlers.StartDeadlineHandler,
        TransferHandlers.ArrivalDeadlineHandler,
        _ => new TransferEligibilityHandler(),
        _ => new ExemptionAssessmentHandler(),
    ];

    public static IReadOnlyList<IServiceTaskHandler> All(IWorkingDayCalendar calendar) => [.. Factories.Select(create => create(calendar))];
}
