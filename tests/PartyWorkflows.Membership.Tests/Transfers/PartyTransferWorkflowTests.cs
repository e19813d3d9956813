using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.Transfers;

/// <summary>workflows/party-transfer.bpmn to each outcome: completed, blocked, and either limit expired and escalated.</summary>
public sealed class PartyTransferWorkflowTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private readonly PartyTransferEngine _engine = new();

    [Fact]
    public void Completed_letter_and_slip_recorded_then_the_dossier_received_at_the_new_organisation()
    {
        var instance = _engine.LetterIssued();
        Assert.Equal(
            ("dv-42", PartyTransferEngine.From, PartyTransferEngine.To, "PB-2026-0042", "2026-01-29"),
            (_engine.Slips.Input("memberKey"), _engine.Slips.Input("fromOrganisationId"), _engine.Slips.Input("toOrganisationId"),
                _engine.Slips.Input("slipNumber"), _engine.Slips.Input("issuedOn")));
        // 30 working days from 29/1/2026: 30/1 (1), Feb 2–13 (11), Tết 14–22/2 off, Feb 23–Mar 13 (26), Mar 16–19 (30).
        var present = Assert.Single(instance.Tasks);
        Assert.Equal(("presentLetter", new DateTimeOffset(2026, 3, 20, 0, 0, 0, Vietnam)), (present.ElementId, present.DueAt));

        instance = _engine.Complete(instance, "presentLetter");
        Assert.Equal(("grassroots", "committee", "party-transfer-receive"), Acting(instance));
        instance = _engine.Complete(instance, "receiveDossier", ("dossierComplete", true), ("receivedOn", "2026-02-02"));

        Assert.Equal("completed", EndedAt(instance));
        Assert.Equal(("dv-42", "PB-2026-0042", "2026-02-02"),
            (_engine.Dossiers.Input("memberKey"), _engine.Dossiers.Input("slipNumber"), _engine.Dossiers.Input("receivedOn")));
    }

    [Fact]
    public void A_member_under_inspection_is_blocked_with_the_reason_and_no_slip_is_written()
    {
        var instance = _engine.Reviewed(underInspection: true);

        Assert.Equal("blocked", EndedAt(instance));
        Assert.Equal("Chưa chuyển sinh hoạt đảng chính thức: Đảng viên đang bị kiểm tra.", instance.Variables["blockReason"].GetString());
        Assert.Empty(_engine.Slips.Calls);
    }

    [Fact]
    public void A_pending_complaint_blocks_too()
    {
        Assert.Equal("blocked", EndedAt(_engine.Reviewed(complaintPending: true)));
    }

    [Fact]
    public void No_request_by_the_sixtieth_working_day_escalates_to_the_grassroots_committee_from_day_61()
    {
        var instance = _engine.Start();
        var request = Assert.Single(instance.Tasks);
        Assert.Equal(("cell", "secretary", new DateTimeOffset(2026, 4, 29, 0, 0, 0, Vietnam)), (request.CommitteeLevel, request.CommitteeBody, request.DueAt));

        instance = _engine.At(instance, new DateTimeOffset(2026, 4, 29, 0, 0, 0, Vietnam).AddSeconds(-1));
        Assert.Equal("request", Assert.Single(instance.Tasks).ElementId);
        instance = _engine.At(instance, new DateTimeOffset(2026, 4, 29, 0, 0, 0, Vietnam));
        Assert.Equal(("grassroots", "committee", "party-transfer-start-overdue"), Acting(instance));

        instance = _engine.Complete(instance, "handleStartOverdue");
        Assert.Equal("startExpired", EndedAt(instance));
    }

    [Fact]
    public void A_letter_not_presented_within_30_working_days_goes_to_the_superior_organization_department()
    {
        var instance = _engine.LetterIssued();

        instance = _engine.At(instance, new DateTimeOffset(2026, 3, 20, 0, 0, 0, Vietnam));

        Assert.Equal(("superior", "organization-department", "party-transfer-arrival-overdue"), Acting(instance));
        instance = _engine.Complete(instance, "handleArrivalOverdue");
        Assert.Equal("arrivalExpired", EndedAt(instance));
        Assert.Empty(_engine.Dossiers.Calls);
    }

    [Fact]
    public void A_dossier_without_the_sending_committee_s_confirmation_is_not_received_until_completed()
    {
        var instance = _engine.Complete(_engine.LetterIssued(), "presentLetter");
        instance = _engine.Complete(instance, "receiveDossier", ("dossierComplete", false), ("receivedOn", "2026-02-02"));

        Assert.Equal(("superior", "organization-department", "party-transfer-complete-dossier"), Acting(instance));
        Assert.Empty(_engine.Dossiers.Calls);
        instance = _engine.Complete(instance, "completeDossier");
        instance = _engine.Complete(instance, "receiveDossier", ("dossierComplete", true), ("receivedOn", "2026-02-05"));

        Assert.Equal("completed", EndedAt(instance));
        Assert.Equal("2026-02-05", _engine.Dossiers.Input("receivedOn"));
    }
}
