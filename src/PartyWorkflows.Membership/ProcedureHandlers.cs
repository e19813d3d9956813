using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.CardCheck;
using PartyWorkflows.Membership.Dossiers;
using PartyWorkflows.Membership.Exemptions;
using PartyWorkflows.Membership.Transfers;

namespace PartyWorkflows.Membership;

/// <summary>
/// The pure service-task handlers of new-member-record, card-technical-check, party-transfer and exemption, for the
/// host to register (they keep no state). record-transfer-slip and record-dossier-received write the member store and
/// are the service's.
/// </summary>
public static class ProcedureHandlers
{
    public static IReadOnlyList<IServiceTaskHandler> All(IWorkingDayCalendar calendar) =>
    [
        new NewMemberRecordDeadlineHandler(calendar),
        new CardCheckCampaignHandler(),
        new CardCheckCellReportHandler(),
        new CardCheckConsolidationHandler(),
        new CardCheckInvalidCardsHandler(),
        .. TransferHandlers.All(calendar),
        new ExemptionAssessmentHandler(),
    ];
}
