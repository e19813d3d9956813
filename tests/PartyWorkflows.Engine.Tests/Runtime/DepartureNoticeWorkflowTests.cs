using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Tests.Shared;

namespace PartyWorkflows.Engine.Tests.Runtime;

/// <summary>
/// The shipped workflow for forwarding a departure notice within 30 working days (seed 000 §III.2), run on the
/// 2026 calendar with a notice drawn up just before Tết.
/// </summary>
public sealed class DepartureNoticeWorkflowTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static EngineFixture Deploy(DateTimeOffset now)
    {
        var engine = EngineFixture.At(now);
        var file = RepositoryFiles.Workflow("departure-notice-forwarding.bpmn");
        var parsed = BpmnParser.Parse(File.ReadAllText(file));
        Assert.False(parsed.HasErrors, string.Join(Environment.NewLine, parsed.Diagnostics));
        engine.Host.Deploy(parsed.Definitions!.MainProcess!);
        return engine;
    }


    [Fact]
    public void The_deadline_spans_Tet_and_escalation_comes_only_after_the_thirtieth_working_day_ends()
    {
        // Notice drawn up Monday 26/1/2026. Working days from 27/1: Jan 27–30 (4), Feb 2–6 (9), Feb 9–13 (14),
        // Tết 14–22/2 off, Feb 23–27 (19), Mar 2–6 (24), Mar 9–13 (29), Mon 16/3 (30).
        var engine = Deploy(new DateTimeOffset(2026, 1, 26, 10, 0, 0, Vietnam));
        var instance = engine.Host.Start("departure-notice-forwarding");
        var lastDayOver = new DateTimeOffset(2026, 3, 17, 0, 0, 0, Vietnam);

        var forward = Assert.Single(instance.Tasks);
        Assert.Equal(("grassroots", "committee", lastDayOver), (forward.CommitteeLevel, forward.CommitteeBody, forward.DueAt));

        engine.Time.SetUtcNow(lastDayOver.AddSeconds(-1));
        engine.Host.FireDueTimers();
        Assert.DoesNotContain(engine.Host.Instance(instance.Id).Tasks, t => t.ElementId == "followUpOverdue");
        Assert.Equal(2, engine.Host.Effects.OfType<TimerFired>().Count(f => f.Timer.ElementId == "reminder")); // after 10 and 20 working days

        engine.Time.SetUtcNow(lastDayOver);
        engine.Host.FireDueTimers();

        instance = engine.Host.Instance(instance.Id);
        Assert.Equal(["followUpOverdue", "forwardDossier"], instance.Tasks.Select(t => t.ElementId).Order());
        Assert.Equal(("superior", "organization-department"), (instance.Tasks.Single(t => t.ElementId == "followUpOverdue").CommitteeLevel,
            instance.Tasks.Single(t => t.ElementId == "followUpOverdue").CommitteeBody));
    }

    [Fact]
    public void Forwarding_in_time_cancels_reminders_and_deadline_and_hands_over_to_the_superior_committee()
    {
        var engine = Deploy(new DateTimeOffset(2026, 1, 26, 10, 0, 0, Vietnam));
        var instance = engine.Host.Start("departure-notice-forwarding");
        engine.Time.Advance(TimeSpan.FromDays(3));

        instance = engine.Host.CompleteTask(instance.Id, "forwardDossier", actor: "dang-uy-co-so");

        Assert.Empty(instance.Timers);
        Assert.Equal("receiveDossier", Assert.Single(instance.Tasks).ElementId);
        Assert.Equal(InstanceStatus.Running, instance.Status);
    }
}
