using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.Hosting;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Tests.Shared;

namespace PartyWorkflows.Membership.Tests;

/// <summary>
/// A shipped file of workflows/ in the real engine (Jint, the official working-day calendar) on a fake clock, driven
/// task by task as each committee would. The procedure fixtures add their own start variables on top.
/// </summary>
internal class ShippedWorkflowEngine
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    protected ShippedWorkflowEngine(string fileName, DateTimeOffset now, params IServiceTaskHandler[] handlers)
    {
        Time = new FakeTimeProvider(now);
        Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();
        Host = new InMemoryWorkflowHost(
            new WorkflowExecutor(Time, new JintExpressionEvaluator(Time), Calendar, new ServiceTaskHandlerRegistry(handlers)), Time);
        Deploy(fileName);
    }

    public FakeTimeProvider Time { get; }
    public IWorkingDayCalendar Calendar { get; }
    public InMemoryWorkflowHost Host { get; }

    /// <summary>Deploys another shipped file, e.g. one the workflow calls.</summary>
    protected void Deploy(string fileName)
    {
        var parsed = BpmnParser.Parse(File.ReadAllText(RepositoryFiles.Workflow(fileName)));
        Assert.False(parsed.HasErrors, string.Join(Environment.NewLine, parsed.Diagnostics));
        Host.Deploy(parsed.Definitions!.MainProcess!);
    }

    /// <summary>A day later, completes the only open task, which must be <paramref name="elementId"/>.</summary>
    public InstanceState Complete(InstanceState instance, string elementId, params (string Name, object Value)[] variables) =>
        Complete(instance, elementId, Vars(variables));

    /// <summary>As above, with variables already in JSON (the procedure handlers' own spelling).</summary>
    public InstanceState Complete(InstanceState instance, string elementId, IReadOnlyDictionary<string, JsonElement> variables)
    {
        Assert.Equal(elementId, Assert.Single(Host.Instance(instance.Id).Tasks).ElementId);
        Time.Advance(TimeSpan.FromDays(1));
        return Host.CompleteTask(instance.Id, elementId, variables, actor: elementId);
    }

    /// <summary>Completes the open task at <paramref name="elementId"/> now, whatever else is open.</summary>
    public InstanceState Do(InstanceState instance, string elementId, params (string Name, object Value)[] variables) =>
        Host.CompleteTask(instance.Id, elementId, Vars(variables), actor: elementId);

    /// <summary>Moves the clock to <paramref name="instant"/> and fires every timer due by then.</summary>
    public InstanceState At(InstanceState instance, DateTimeOffset instant)
    {
        Time.SetUtcNow(instant);
        Host.FireDueTimers();
        return Host.Instance(instance.Id);
    }

    /// <summary>The end event the instance reached.</summary>
    public static string EndedAt(InstanceState instance)
    {
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        return instance.History.Last(h => h.Kind == HistoryKind.ElementCompleted).ElementId!;
    }

    /// <summary>The level, body and form of the only open task.</summary>
    public static (string?, string?, string?) Acting(InstanceState instance)
    {
        var task = Assert.Single(instance.Tasks);
        return (task.CommitteeLevel, task.CommitteeBody, task.FormKey);
    }

    public static Dictionary<string, JsonElement> Vars(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));

}
