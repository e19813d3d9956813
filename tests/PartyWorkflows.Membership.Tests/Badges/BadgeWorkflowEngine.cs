using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>workflows/badge-award.bpmn on a clock that starts where the scenario needs it.</summary>
internal sealed class BadgeWorkflowEngine : ShippedWorkflowEngine
{
    private BadgeWorkflowEngine(DateTimeOffset now)
        : base("badge-award.bpmn", now)
    {
    }

    public static BadgeWorkflowEngine At(DateTimeOffset now) => new(now);

    /// <summary>Completes the task at <paramref name="elementId"/> without moving the clock (some steps run in parallel).</summary>
    public InstanceState Complete(Guid instanceId, string elementId, params (string Name, object Value)[] variables) =>
        Host.CompleteTask(instanceId, elementId, Vars(variables));

    public string[] OpenTasks(Guid instanceId) => [.. Host.Instance(instanceId).Tasks.Select(t => t.ElementId).Order(StringComparer.Ordinal)];

    public bool Reached(Guid instanceId, string elementId) =>
        Host.Instance(instanceId).History.Any(h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == elementId);
}
