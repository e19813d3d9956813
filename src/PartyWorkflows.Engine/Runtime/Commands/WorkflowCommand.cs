using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Commands;

/// <summary>Something that moves an instance on. Each is run to the next wait state in one step.</summary>
public abstract record WorkflowCommand
{
    /// <summary>User or system acting; recorded in the history.</summary>
    public string? Actor { get; init; }
}

/// <param name="StartEventId">A specific start event (message or timer start); null for the none start event.</param>
public sealed record StartInstance(
    Guid InstanceId,
    IReadOnlyDictionary<string, JsonElement>? Variables = null,
    string? BusinessKey = null,
    string? StartEventId = null,
    ParentLink? Parent = null) : WorkflowCommand;

public sealed record CompleteTask(Guid TaskId, IReadOnlyDictionary<string, JsonElement>? Variables = null) : WorkflowCommand;

public sealed record FireTimer(Guid TimerId) : WorkflowCommand;

/// <summary>Delivers a message to the instance's oldest subscription with that name.</summary>
public sealed record DeliverMessage(string MessageName, IReadOnlyDictionary<string, JsonElement>? Variables = null) : WorkflowCommand;

public sealed record CancelInstance(string? Reason = null) : WorkflowCommand;

/// <summary>A called instance ended: resume its call activity, or throw its error there.</summary>
public sealed record CompleteCallActivity(
    int TokenId,
    Guid ChildInstanceId,
    IReadOnlyDictionary<string, JsonElement> ChildVariables,
    string? ErrorCode = null) : WorkflowCommand;

public sealed record RetryIncident(Guid IncidentId) : WorkflowCommand;
