using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Tests.Members;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>workflows/badge-award.bpmn with the member history handlers, on a clock that starts where the scenario needs it.</summary>
internal sealed class BadgeWorkflowEngine : ShippedWorkflowEngine
{
    private BadgeWorkflowEngine(DateTimeOffset now, RecordingMemberHistory history)
        : base("badge-award.bpmn", now, [.. MemberHistoryHandlers.All(history)])
    {
        History = history;
    }

    /// <summary>What record-badge-award wrote onto the member's record.</summary>
    public RecordingMemberHistory History { get; }

    public static BadgeWorkflowEngine At(DateTimeOffset now) => new(now, new RecordingMemberHistory());

    /// <summary>Completes the task at <paramref name="elementId"/> without moving the clock (some steps run in parallel).</summary>
    public InstanceState Complete(Guid instanceId, string elementId, params (string Name, object Value)[] variables) =>
        Host.CompleteTask(instanceId, elementId, Vars(variables));

    public string[] OpenTasks(Guid instanceId) => [.. Host.Instance(instanceId).Tasks.Select(t => t.ElementId).Order(StringComparer.Ordinal)];

    public bool Reached(Guid instanceId, string elementId) =>
        Host.Instance(instanceId).History.Any(h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == elementId);
}
