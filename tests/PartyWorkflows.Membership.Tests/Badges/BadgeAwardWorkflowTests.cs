using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Badges;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>workflows/badge-award.bpmn driven to each outcome (seed 000 §VI, seed 003 §1.9).</summary>
public sealed class BadgeAwardWorkflowTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    // Round 19/5/2026: earliest submission Thursday 2/4/2026 (see BadgeSubmissionWindowTests); the cases below start
    // after it, so nothing is held.
    private static readonly DateOnly May2026 = new(2026, 5, 19);

    private const string MemberKey = "dv-30";

    private static (BadgeWorkflowEngine Engine, Guid Id) Start(DateTimeOffset now, BadgeCaseKind kind, DateOnly round, SubmissionExemption exemption = SubmissionExemption.None)
    {
        var engine = BadgeWorkflowEngine.At(now);
        var instance = engine.Host.Start(BadgeAwardVariables.ProcessId, BadgeAwardVariables.ForStart(engine.Calendar, MemberKey, 30, kind, round, exemption));
        return (engine, instance.Id);
    }

    private static void ThroughSuperior(BadgeWorkflowEngine engine, Guid id, string cellTask)
    {
        Assert.Equal([cellTask], engine.OpenTasks(id));
        engine.Complete(id, cellTask);
        Assert.Equal(("grassroots", "committee"), Bodies(engine, id, "grassrootsCompiles"));
        engine.Complete(id, "grassrootsCompiles");
        Assert.Equal(("superior", "organization-department"), Bodies(engine, id, "superiorChecks"));
        engine.Complete(id, "superiorChecks");
    }

    private static (string?, string?) Bodies(BadgeWorkflowEngine engine, Guid id, string elementId)
    {
        var task = engine.Host.Instance(id).Tasks.Single(t => t.ElementId == elementId);
        return (task.CommitteeLevel, task.CommitteeBody);
    }

    [Fact]
    public void An_approved_award_is_recorded_registered_and_presented()
    {
        var (engine, id) = Start(new DateTimeOffset(2026, 4, 6, 9, 0, 0, Vietnam), BadgeCaseKind.Award, May2026);
        ThroughSuperior(engine, id, "cellProposesAward");

        Assert.Equal(("province", "standing-committee"), Bodies(engine, id, "provinceDecides"));
        engine.Complete(id, "provinceDecides", ("decision", "approve"));
        Assert.Equal(("superior", "organization-department"), Bodies(engine, id, "superiorRecords"));
        Assert.Empty(engine.History.Badges);
        engine.Complete(id, "superiorRecords", ("badgeNumber", "HH30-2026-0042"));

        // Written once the number is in the list, awarded on the day of that step (Vietnam time).
        Assert.Equal(new MemberBadge(MemberKey, 30, "HH30-2026-0042", new DateOnly(2026, 4, 6), id), Assert.Single(engine.History.Badges));

        Assert.Equal(["ceremony", "provinceRegisters"], engine.OpenTasks(id));
        Assert.Equal(("grassroots", "committee"), Bodies(engine, id, "ceremony"));
        engine.Complete(id, "ceremony");
        engine.Complete(id, "provinceRegisters");

        Assert.Equal(InstanceStatus.Completed, engine.Host.Instance(id).Status);
        Assert.True(engine.Reached(id, "awarded"));
        Assert.False(engine.Reached(id, "holdUntilEarliest"));
    }

    [Fact]
    public void A_rejected_award_ends_without_a_badge()
    {
        var (engine, id) = Start(new DateTimeOffset(2026, 4, 6, 9, 0, 0, Vietnam), BadgeCaseKind.Award, May2026);
        ThroughSuperior(engine, id, "cellProposesAward");

        engine.Complete(id, "provinceDecides", ("decision", "reject"));

        Assert.Equal(InstanceStatus.Completed, engine.Host.Instance(id).Status);
        Assert.True(engine.Reached(id, "rejected"));
        Assert.False(engine.Reached(id, "superiorRecords"));
        Assert.Empty(engine.History.Badges);
    }

    [Fact]
    public void A_returned_list_goes_back_to_the_superior_organization_department_and_can_then_be_approved()
    {
        var (engine, id) = Start(new DateTimeOffset(2026, 4, 6, 9, 0, 0, Vietnam), BadgeCaseKind.Award, May2026);
        ThroughSuperior(engine, id, "cellProposesAward");

        engine.Complete(id, "provinceDecides", ("decision", "return"));
        Assert.Equal(["superiorChecks"], engine.OpenTasks(id));
        engine.Complete(id, "superiorChecks");
        engine.Complete(id, "provinceDecides", ("decision", "approve"));

        Assert.Equal(["superiorRecords"], engine.OpenTasks(id));
    }

    [Fact]
    public void A_list_ready_early_is_held_until_thirty_working_days_before_the_round_across_Tet()
    {
        // Round 3/2/2028: its 30 working days skip Tết 2028 (25–31/1) and New Year (3/1), so the earliest day is
        // Wednesday 15/12/2027 (hand count in BadgeSubmissionWindowTests).
        var (engine, id) = Start(new DateTimeOffset(2027, 12, 1, 9, 0, 0, Vietnam), BadgeCaseKind.Award, new DateOnly(2028, 2, 3));
        ThroughSuperior(engine, id, "cellProposesAward");

        var earliest = new DateTimeOffset(2027, 12, 15, 0, 0, 0, Vietnam);
        Assert.Empty(engine.OpenTasks(id));
        Assert.Equal(earliest, Assert.Single(engine.Host.Instance(id).Timers).DueAt);

        engine.Time.SetUtcNow(earliest.AddSeconds(-1));
        engine.Host.FireDueTimers();
        Assert.Empty(engine.OpenTasks(id));

        engine.Time.SetUtcNow(earliest);
        engine.Host.FireDueTimers();
        Assert.Equal(["provinceDecides"], engine.OpenTasks(id));
    }

    [Fact]
    public void An_early_award_for_the_seriously_ill_is_not_held()
    {
        var (engine, id) = Start(new DateTimeOffset(2027, 12, 1, 9, 0, 0, Vietnam), BadgeCaseKind.Award, new DateOnly(2028, 2, 3), SubmissionExemption.EarlyAward);
        ThroughSuperior(engine, id, "cellProposesAward");

        Assert.Equal(["provinceDecides"], engine.OpenTasks(id));
    }

    [Fact]
    public void A_posthumous_award_is_proposed_on_the_family_declaration_and_handed_to_the_family()
    {
        var (engine, id) = Start(new DateTimeOffset(2026, 4, 6, 9, 0, 0, Vietnam), BadgeCaseKind.Posthumous, May2026);
        ThroughSuperior(engine, id, "cellProposesPosthumous");
        engine.Complete(id, "provinceDecides", ("decision", "approve"));
        engine.Complete(id, "superiorRecords");

        Assert.Equal(["familyCeremony", "provinceRegisters"], engine.OpenTasks(id));
        engine.Complete(id, "familyCeremony");
        engine.Complete(id, "provinceRegisters");

        Assert.True(engine.Reached(id, "awarded"));
        Assert.False(engine.Reached(id, "ceremony"));
    }

    [Fact]
    public void A_lost_badge_is_reissued_without_waiting_for_a_round()
    {
        var (engine, id) = Start(new DateTimeOffset(2027, 12, 1, 9, 0, 0, Vietnam), BadgeCaseKind.LostReissue, new DateOnly(2028, 2, 3));
        ThroughSuperior(engine, id, "cellProposesReissue");

        Assert.Equal(["provinceDecides"], engine.OpenTasks(id));
    }
}
