using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class TimerTests
{
    [Fact]
    public void Non_interrupting_reminder_fires_three_times_while_the_task_stays_open()
    {
        var engine = new EngineFixture();
        engine.Deploy(Task("review") + """
            <startEvent id="start" /><endEvent id="end" /><endEvent id="reminded" />
            <boundaryEvent id="remind" attachedToRef="review" cancelActivity="false">
              <timerEventDefinition><timeCycle>R3/P5D</timeCycle></timerEventDefinition>
            </boundaryEvent>
            <scriptTask id="count" scriptFormat="javascript"><script>setVariable('reminders', (typeof reminders === 'number' ? reminders : 0) + 1)</script></scriptTask>
            """ + Flow("f1", "start", "review") + Flow("f2", "review", "end") + Flow("f3", "remind", "count") + Flow("f4", "count", "reminded"));
        var instance = engine.Host.Start("p");

        for (var day = 1; day <= 30; day++)
        {
            engine.Time.Advance(TimeSpan.FromDays(1));
            engine.Host.FireDueTimers();
        }

        instance = engine.Host.Instance(instance.Id);
        Assert.Equal(3, instance.Variables["reminders"].GetInt32());
        Assert.Equal("review", Assert.Single(instance.Tasks).ElementId);
        Assert.Empty(instance.Timers);
        var fired = engine.Host.Effects.OfType<TimerFired>().ToList();
        Assert.Equal(3, fired.Count);
        Assert.All(fired, f => Assert.False(f.Interrupting));
        Assert.Equal([EngineFixture.Monday.AddDays(5), EngineFixture.Monday.AddDays(10), EngineFixture.Monday.AddDays(15)], fired.Select(f => f.Timer.DueAt));

        engine.Host.CompleteTask(instance.Id, "review");
        Assert.Equal(InstanceStatus.Completed, engine.Host.Instance(instance.Id).Status);
    }

    [Fact]
    public void Reminder_cycle_in_working_days_skips_weekends_and_the_end_of_the_task_cancels_it()
    {
        var engine = new EngineFixture();
        engine.Deploy(Task("review") + """
            <startEvent id="start" /><endEvent id="end" /><endEvent id="reminded" />
            <boundaryEvent id="remind" attachedToRef="review" cancelActivity="false">
              <timerEventDefinition pw:workingDays="true"><timeCycle>R2/P5D</timeCycle></timerEventDefinition>
            </boundaryEvent>
            """ + Flow("f1", "start", "review") + Flow("f2", "review", "end") + Flow("f3", "remind", "reminded"));
        var instance = engine.Host.Start("p");

        // Monday 2 March + 5 working days = Monday 9 March, fired when that day ends; then Monday 16 March.
        var timer = Assert.Single(instance.Timers);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(7)), timer.DueAt);
        engine.Time.SetUtcNow(timer.DueAt);
        engine.Host.FireDueTimers();
        instance = engine.Host.Instance(instance.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.FromHours(7)), Assert.Single(instance.Timers).DueAt);

        instance = engine.Host.CompleteTask(instance.Id, "review");
        Assert.Empty(instance.Timers);
        Assert.Single(engine.Host.Effects.OfType<TimerCancelled>());
    }

    [Fact]
    public void Interrupting_timer_cancels_its_task_and_escalates()
    {
        var engine = new EngineFixture();
        engine.Deploy(Task("forward") + """
            <userTask id="escalate" pw:committeeLevel="superior" pw:committeeBody="organization-department" />
            <startEvent id="start" /><endEvent id="end" /><endEvent id="end2" />
            <boundaryEvent id="deadline" attachedToRef="forward">
              <timerEventDefinition pw:workingDays="true"><timeDuration>P30D</timeDuration></timerEventDefinition>
            </boundaryEvent>
            """ + Flow("f1", "start", "forward") + Flow("f2", "forward", "end") + Flow("f3", "deadline", "escalate") + Flow("f4", "escalate", "end2"));
        var instance = engine.Host.Start("p");
        var due = Assert.Single(instance.Timers).DueAt;

        engine.Time.SetUtcNow(due.AddSeconds(-1));
        Assert.Equal(0, engine.Host.FireDueTimers());
        engine.Time.SetUtcNow(due);
        Assert.Equal(1, engine.Host.FireDueTimers());

        instance = engine.Host.Instance(instance.Id);
        Assert.Equal("escalate", Assert.Single(instance.Tasks).ElementId);
        var closed = Assert.Single(engine.Host.Effects.OfType<TaskClosed>());
        Assert.Equal(("forward", TaskCloseReason.Cancelled), (closed.Task.ElementId, closed.Reason));
        Assert.Contains(instance.History, h => h.Kind == HistoryKind.ElementCancelled && h.ElementId == "forward");
    }

    [Fact]
    public void Intermediate_timer_waits_then_continues_and_firing_twice_changes_nothing()
    {
        var engine = new EngineFixture();
        var definition = engine.Deploy("""
            <startEvent id="start" />
            <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>${ waitFor }</timeDuration></timerEventDefinition></intermediateCatchEvent>
            """ + Task("after") + """<endEvent id="end" />""" + Flow("f1", "start", "wait") + Flow("f2", "wait", "after") + Flow("f3", "after", "end"));
        var started = engine.Executor.Execute(definition, null, new StartInstance(Guid.NewGuid(), Vars.Of(("waitFor", "PT2H")))).State;
        var timer = Assert.Single(started.Timers);
        Assert.Equal(EngineFixture.Monday.AddHours(2), timer.DueAt);

        engine.Time.Advance(TimeSpan.FromHours(2));
        var fired = engine.Executor.Execute(definition, started, new FireTimer(timer.Id));
        var again = engine.Executor.Execute(definition, fired.State, new FireTimer(timer.Id));

        Assert.Equal("after", Assert.Single(fired.State.Tasks).ElementId);
        Assert.Empty(again.Effects);
        Assert.Same(fired.State, again.State);
    }

    [Fact]
    public void A_bad_timer_value_becomes_an_incident_not_a_crash()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>${ waitFor }</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <endEvent id="end" />
            """ + Flow("f1", "start", "wait") + Flow("f2", "wait", "end"));

        var instance = engine.Host.Start("p", Vars.Of(("waitFor", "ba ngày")));

        Assert.Equal((IncidentKinds.Timer, "wait"), (Assert.Single(instance.Incidents).Kind, instance.Incidents[0].ElementId));
    }
}
