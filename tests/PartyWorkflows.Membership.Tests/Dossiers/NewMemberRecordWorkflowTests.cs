using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.Dossiers;

/// <summary>
/// workflows/new-member-record.bpmn (seed 003 §1.1, 30 working days from the admission) on the 2026 calendar, with an
/// admission declared on Monday 26/1/2026 so the deadline spans Tết: the last day is Monday 16/3.
/// </summary>
public sealed class NewMemberRecordWorkflowTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset DeadlinePassed = new(2026, 3, 17, 0, 0, 0, Vietnam);

    private readonly NewMemberRecordEngine _engine = new(new DateTimeOffset(2026, 1, 26, 15, 0, 0, Vietnam));

    [Fact]
    public void Completed_in_time_through_the_cell_the_grassroots_check_and_the_database_update()
    {
        var instance = _engine.Start("2026-01-26");
        var declare = Assert.Single(instance.Tasks);
        Assert.Equal(("cell", "secretary", DeadlinePassed), (declare.CommitteeLevel, declare.CommitteeBody, declare.DueAt));
        Assert.Equal("2026-03-16", instance.Variables["recordLastDay"].GetString());

        instance = _engine.Complete(instance, "declare");
        Assert.Equal(("grassroots", "committee", "new-member-record-check"), Acting(instance));
        instance = _engine.Complete(instance, "grassrootsCheck", ("complete", true));
        Assert.Equal(("superior", "organization-department", "new-member-record-update"), Acting(instance));
        Assert.Empty(instance.Timers); // declared in time: a slow database update cannot make it late

        instance = _engine.At(instance, DeadlinePassed.AddDays(3));
        instance = _engine.Do(instance, "updateDatabase");

        Assert.Equal("completedInTime", EndedAt(instance));
    }

    [Fact]
    public void Reminders_come_ten_and_five_working_days_before_and_escalation_only_after_the_thirtieth_working_day()
    {
        var instance = _engine.Start("2026-01-26");

        instance = _engine.At(instance, new DateTimeOffset(2026, 3, 2, 0, 0, 0, Vietnam));
        Assert.Equal(1, Fired("firstReminder"));
        instance = _engine.At(instance, new DateTimeOffset(2026, 3, 9, 0, 0, 0, Vietnam));
        Assert.Equal(1, Fired("secondReminder"));
        instance = _engine.At(instance, DeadlinePassed.AddSeconds(-1));
        Assert.Equal(["declare"], instance.Tasks.Select(t => t.ElementId));

        instance = _engine.At(instance, DeadlinePassed);
        var followUp = Assert.Single(instance.Tasks, t => t.ElementId == "followUpOverdue");
        Assert.Equal(("grassroots", "committee"), (followUp.CommitteeLevel, followUp.CommitteeBody));
        Assert.Contains(instance.Tasks, t => t.ElementId == "declare");

        instance = _engine.Do(instance, "declare");
        instance = _engine.Do(instance, "grassrootsCheck", ("complete", true));
        instance = _engine.Do(instance, "updateDatabase");

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Contains(instance.History, h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == "completedLate");
        Assert.Empty(instance.Tasks);
    }

    [Fact]
    public void Returned_for_correction_goes_back_to_the_member_under_the_same_deadline()
    {
        var instance = _engine.Start("2026-01-26");
        instance = _engine.Complete(instance, "declare");
        instance = _engine.Complete(instance, "grassrootsCheck", ("complete", false));

        var again = Assert.Single(instance.Tasks);
        Assert.Equal(("declare", DeadlinePassed), (again.ElementId, again.DueAt));
        Assert.Equal(3, instance.Timers.Count);

        instance = _engine.Complete(instance, "declare");
        instance = _engine.Complete(instance, "grassrootsCheck", ("complete", true));
        instance = _engine.Complete(instance, "updateDatabase");
        Assert.Equal("completedInTime", EndedAt(instance));
    }

    [Fact]
    public void The_deadline_counts_from_the_admission_date_not_from_the_opening_of_the_case()
    {
        // Opened on 26/1/2026 for an admission declared on Friday 9/1/2026: Saturday 10/1 is worked (swapped with 2/1)
        // (1), Jan 12–30 (16), Feb 2–13 (26), Tết 14–22/2 off, Feb 23–26 (30).
        var instance = _engine.Start("2026-01-09");

        Assert.Equal("2026-02-26", instance.Variables["recordLastDay"].GetString());
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 0, Vietnam), Assert.Single(instance.Tasks).DueAt);
    }

    [Fact]
    public void A_case_opened_without_the_admission_date_stops_with_an_incident_naming_it()
    {
        var instance = _engine.Host.Start("new-member-record", Vars(("memberKey", "dv-moi")));

        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("computeDeadline", incident.ElementId);
        Assert.EndsWith("Thiếu biến admissionDate của quy trình.", incident.Message);
        Assert.Empty(instance.Tasks);
    }

    private int Fired(string elementId) => _engine.Host.Effects.OfType<TimerFired>().Count(f => f.Timer.ElementId == elementId);
}
