using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Membership.Tests.Transfers;

/// <summary>
/// workflows/party-transfer.bpmn with its rule handlers and recording doubles of record-transfer-slip and
/// record-dossier-received, from Monday 26/1/2026 (the decision day) on the official calendar.
/// </summary>
internal sealed class PartyTransferEngine : ShippedWorkflowEngine
{
    public const string From = "3f2b6a1e-0000-4000-8000-000000000001";
    public const string To = "3f2b6a1e-0000-4000-8000-000000000002";

    public PartyTransferEngine()
        : this(new RecordingHandler("record-transfer-slip"), new RecordingHandler("record-dossier-received"))
    {
    }

    private PartyTransferEngine(RecordingHandler slips, RecordingHandler dossiers)
        : base("party-transfer.bpmn", new DateTimeOffset(2026, 1, 26, 9, 0, 0, TimeSpan.FromHours(7)),
            [.. ProcedureHandlers.All(VietnameseWorkingDayCalendar.WithOfficialSchedules()), slips, dossiers])
    {
        Slips = slips;
        Dossiers = dossiers;
    }

    public RecordingHandler Slips { get; }
    public RecordingHandler Dossiers { get; }

    public InstanceState Start() => Host.Start(
        "party-transfer",
        Vars(("memberKey", "dv-42"), ("fullName", "Trần Thị Bình"), ("fromOrganisationId", From), ("toOrganisationId", To),
            ("decisionDate", "2026-01-26")),
        businessKey: "party-transfer/dv-42");

    /// <summary>Through the request and the grassroots review with the given standing.</summary>
    public InstanceState Reviewed(bool underInspection = false, bool complaintPending = false)
    {
        var instance = Complete(Start(), "request");
        return Complete(instance, "grassrootsReview",
            ("underInspection", underInspection), ("complaintPending", complaintPending), ("underDisciplinaryReview", false));
    }

    /// <summary>Through the superior's introduction letter and slip, issued on 29/1/2026.</summary>
    public InstanceState LetterIssued() =>
        Complete(Reviewed(), "issueLetter", ("slipNumber", "PB-2026-0042"), ("issuedOn", "2026-01-29"));
}
