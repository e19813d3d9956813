using PartyWorkflows.Membership.Members;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.Exemptions;

/// <summary>workflows/exemption.bpmn (seed 003 §1.4) to each outcome: approved, rejected, returned for correction, ended.</summary>
public sealed class ExemptionWorkflowTests
{
    private static readonly DateTimeOffset EndOfAugust = new(2026, 9, 1, 0, 0, 0, TimeSpan.FromHours(7));

    private readonly ExemptionEngine _engine = new();

    [Fact]
    public void Other_grounds_approved_by_the_grassroots_committee_end_at_the_end_date_with_the_member_urged_back()
    {
        var instance = _engine.ApplyForPeriod(_engine.Start());
        Assert.Equal(("cell", "cell-meeting", "exemption-cell-resolution"), Acting(instance));
        instance = _engine.CellAgrees(instance); // 2·5 > 9
        Assert.Equal(("grassroots", "committee", "exemption-grassroots-decision"), Acting(instance));
        instance = _engine.Complete(instance, "grassrootsDecision", ("decision", "approve"));

        Assert.Equal("exemptedForPeriod", Assert.Single(instance.Tasks).ElementId);
        var exempted = Assert.Single(_engine.History.StatusChanges);
        Assert.Equal(("dv-7", MemberStatus.Exempted, new DateOnly(2026, 3, 5), instance.Id), (exempted.MemberKey, exempted.To, exempted.EffectiveOn, exempted.InstanceId));
        Assert.Equal("2026-08-31", instance.Variables["reportDueOn"].GetString());
        instance = _engine.At(instance, EndOfAugust.AddSeconds(-1));
        Assert.Equal("exemptedForPeriod", Assert.Single(instance.Tasks).ElementId);
        instance = _engine.At(instance, EndOfAugust);
        Assert.Equal(("cell", "secretary", "exemption-urge-return"), Acting(instance));
        instance = _engine.Complete(instance, "urgeReturn", ("extensionRequested", false));

        Assert.Equal("ended", EndedAt(instance));
        Assert.Equal([MemberStatus.Exempted, MemberStatus.Active], _engine.History.StatusChanges.Select(c => c.To));
    }

    [Fact]
    public void Age_and_health_is_decided_by_the_cell_reported_upwards_and_lasts_until_the_member_asks_to_return()
    {
        var instance = _engine.CellAgrees(_engine.ApplyForAgeAndHealth(_engine.Start(), certificate: true));
        Assert.Equal(("cell", "secretary", "exemption-report-upwards"), Acting(instance));
        instance = _engine.Complete(instance, "reportUpwards");

        Assert.Equal("exemptedIndefinitely", Assert.Single(instance.Tasks).ElementId);
        Assert.Empty(instance.Timers);
        instance = _engine.Complete(instance, "exemptedIndefinitely");
        Assert.Equal(("cell", "cell-meeting", "exemption-return"), Acting(instance));
        instance = _engine.Complete(instance, "returnDecision");

        Assert.Equal("ended", EndedAt(instance));
        Assert.DoesNotContain(instance.History, h => h.ElementId == "grassrootsDecision");
    }

    [Fact]
    public void Without_a_medical_certificate_the_application_is_returned_to_the_member()
    {
        var instance = _engine.ApplyForAgeAndHealth(_engine.Start(), certificate: false);

        Assert.Equal("application", Assert.Single(instance.Tasks).ElementId);
        Assert.Equal(["Thiếu giấy xác nhận của cơ sở y tế có thẩm quyền."],
            instance.Variables["applicationProblems"].EnumerateArray().Select(p => p.GetString()));
        instance = _engine.ApplyForAgeAndHealth(instance, certificate: true);
        Assert.Equal("cellResolution", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void Returned_for_correction_by_the_grassroots_committee_then_rejected()
    {
        var instance = _engine.CellAgrees(_engine.ApplyForPeriod(_engine.Start()));
        instance = _engine.Complete(instance, "grassrootsDecision", ("decision", "return"));
        Assert.Equal("application", Assert.Single(instance.Tasks).ElementId);

        instance = _engine.CellAgrees(_engine.ApplyForPeriod(instance));
        instance = _engine.Complete(instance, "grassrootsDecision", ("decision", "reject"));

        Assert.Equal("rejected", EndedAt(instance));
    }

    [Fact]
    public void Half_of_the_full_members_is_not_enough_for_the_cell()
    {
        var instance = _engine.Complete(_engine.ApplyForPeriod(_engine.Start()), "cellResolution", ("agree", 4), ("fullMembers", 8));

        Assert.Equal("rejectedByCell", EndedAt(instance));
    }

    [Fact]
    public void An_extension_at_the_end_date_needs_verification_before_it_is_decided_again()
    {
        var instance = _engine.CellAgrees(_engine.ApplyForPeriod(_engine.Start()));
        instance = _engine.Complete(instance, "grassrootsDecision", ("decision", "approve"));
        instance = _engine.At(instance, EndOfAugust);
        instance = _engine.Complete(instance, "urgeReturn", ("extensionRequested", true));

        instance = _engine.ApplyForPeriod(instance, extension: true, verified: false);
        Assert.Equal("application", Assert.Single(instance.Tasks).ElementId);
        instance = _engine.ApplyForPeriod(instance, extension: true, verified: true);
        Assert.Equal("cellResolution", Assert.Single(instance.Tasks).ElementId);
        Assert.Equal([MemberStatus.Exempted], _engine.History.StatusChanges.Select(c => c.To)); // still exempted while the extension is decided
    }

    [Fact]
    public void A_member_may_return_before_the_end_date_when_the_cell_agrees()
    {
        var instance = _engine.CellAgrees(_engine.ApplyForPeriod(_engine.Start()));
        instance = _engine.Complete(instance, "grassrootsDecision", ("decision", "approve"));

        instance = _engine.Complete(instance, "exemptedForPeriod");
        Assert.Empty(instance.Timers);
        instance = _engine.Complete(instance, "returnDecision");

        Assert.Equal("ended", EndedAt(instance));
    }
}
