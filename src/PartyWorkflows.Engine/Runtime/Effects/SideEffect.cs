using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Effects;

/// <summary>
/// What a command changed beyond the instance document, for the stores to write in the same transaction
/// (task, timer and subscription tables, outbox) and for a host to act on (start or cancel called instances).
/// </summary>
public abstract record SideEffect;

public sealed record InstanceStarted(Guid InstanceId, string ProcessId, string? BusinessKey) : SideEffect;

public sealed record InstanceEnded(Guid InstanceId, InstanceStatus Status, string? Reason) : SideEffect;

public sealed record TaskOpened(UserTaskState Task) : SideEffect;

public enum TaskCloseReason { Completed, Cancelled }

public sealed record TaskClosed(UserTaskState Task, TaskCloseReason Reason, string? Actor) : SideEffect;

public sealed record TimerScheduled(TimerState Timer) : SideEffect;

public sealed record TimerCancelled(Guid TimerId) : SideEffect;

/// <summary>A timer fired; a non-interrupting boundary timer on a task is a reminder.</summary>
public sealed record TimerFired(TimerState Timer, bool Interrupting) : SideEffect;

public sealed record SubscriptionOpened(SubscriptionState Subscription) : SideEffect;

public sealed record SubscriptionClosed(Guid SubscriptionId) : SideEffect;

public sealed record IncidentRaised(IncidentState Incident) : SideEffect;

public sealed record IncidentResolved(Guid IncidentId) : SideEffect;

/// <summary>A call activity needs the latest version of <paramref name="ProcessId"/> started as a child.</summary>
public sealed record ChildInstanceRequested(
    Guid ChildInstanceId,
    string ProcessId,
    IReadOnlyDictionary<string, JsonElement> Variables,
    string? BusinessKey,
    ParentLink Parent) : SideEffect;

public sealed record ChildInstanceCancelRequested(Guid ChildInstanceId) : SideEffect;

/// <summary>This instance was called by another and has ended: deliver <see cref="Commands.CompleteCallActivity"/> there.</summary>
public sealed record ParentNotificationRequested(
    ParentLink Parent,
    Guid ChildInstanceId,
    IReadOnlyDictionary<string, JsonElement> Variables,
    string? ErrorCode) : SideEffect;
