using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.Hosting;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Membership.Tests.Removal;

/// <summary>
/// The shipped workflows/education-then-removal.bpmn in the real engine (Jint, the 2026 calendar, a fake clock). The
/// process has no service task, so no handler is registered.
/// </summary>
internal sealed class EducationThenRemovalEngine
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    public EducationThenRemovalEngine()
    {
        Time = new FakeTimeProvider(Monday);
        var executor = new WorkflowExecutor(
            Time, new JintExpressionEvaluator(Time), VietnameseWorkingDayCalendar.WithOfficialSchedules(), new ServiceTaskHandlerRegistry([]));
        Host = new InMemoryWorkflowHost(executor, Time);

        var parsed = BpmnParser.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "workflows", "education-then-removal.bpmn")));
        Assert.False(parsed.HasErrors, string.Join(Environment.NewLine, parsed.Diagnostics));
        Host.Deploy(parsed.Definitions!.MainProcess!);
    }

    public FakeTimeProvider Time { get; }
    public InMemoryWorkflowHost Host { get; }

    /// <summary>The cell starts screening <paramref name="memberKey"/>; <paramref name="grassrootsCell"/> when it is a chi bộ cơ sở.</summary>
    public InstanceState Start(string memberKey, bool grassrootsCell) =>
        Host.Start("education-then-removal", Vars(("grassrootsCell", grassrootsCell)), businessKey: memberKey);

    /// <summary>Completes the only open task, which must be <paramref name="elementId"/>.</summary>
    public InstanceState Complete(InstanceState instance, string elementId, params (string Name, object Value)[] variables)
    {
        Assert.Equal(elementId, Assert.Single(Host.Instance(instance.Id).Tasks).ElementId);
        Time.Advance(TimeSpan.FromDays(1));
        return Host.CompleteTask(instance.Id, elementId, Vars(variables), actor: elementId);
    }

    /// <summary>A ballot of the cell meeting at <paramref name="elementId"/>: <paramref name="agree"/> of <paramref name="convened"/> full members.</summary>
    public InstanceState Vote(InstanceState instance, string elementId, int agree, int convened) =>
        Complete(instance, elementId, ("agree", agree), ("convened", convened));

    /// <summary>The cell reports a new violation of the member.</summary>
    public InstanceState NewViolation(InstanceState instance) => Host.Execute(instance.Id, new DeliverMessage("newViolation"));

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

    private static Dictionary<string, JsonElement> Vars(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "PartyWorkflows.sln")))
        {
            directory = directory.Parent;
        }

        return directory.FullName;
    }
}
