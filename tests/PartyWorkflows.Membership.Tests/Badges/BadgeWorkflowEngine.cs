using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.Hosting;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>The shipped workflows/badge-award.bpmn on a real executor (Jint, the official calendar) and a fake clock.</summary>
internal sealed class BadgeWorkflowEngine
{
    private BadgeWorkflowEngine(DateTimeOffset now)
    {
        Time = new FakeTimeProvider(now);
        Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();
        var executor = new WorkflowExecutor(Time, new JintExpressionEvaluator(Time), Calendar, new ServiceTaskHandlerRegistry([]));
        Host = new InMemoryWorkflowHost(executor, Time);
        var parsed = BpmnParser.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "workflows", "badge-award.bpmn")));
        Assert.False(parsed.HasErrors, string.Join(Environment.NewLine, parsed.Diagnostics));
        Host.Deploy(parsed.Definitions!.MainProcess!);
    }

    public FakeTimeProvider Time { get; }
    public IWorkingDayCalendar Calendar { get; }
    public InMemoryWorkflowHost Host { get; }

    public static BadgeWorkflowEngine At(DateTimeOffset now) => new(now);

    public InstanceState Complete(Guid instanceId, string elementId, params (string Name, object Value)[] variables) =>
        Host.CompleteTask(instanceId, elementId, variables.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value)));

    public string[] OpenTasks(Guid instanceId) => [.. Host.Instance(instanceId).Tasks.Select(t => t.ElementId).Order(StringComparer.Ordinal)];

    public bool Reached(Guid instanceId, string elementId) =>
        Host.Instance(instanceId).History.Any(h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == elementId);

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
