using System.Text.Json;
using PartyWorkflows.Web.Features.Tasks;

namespace PartyWorkflows.Web.Features.Instances;

/// <param name="SubjectOrganisationId">The organisation the case is about; committee levels resolve upwards from it.</param>
public sealed record StartInstanceRequest(
    string? ProcessId, Guid? SubjectOrganisationId, string? BusinessKey, Dictionary<string, JsonElement>? Variables);

public sealed record StartInstanceResponse(Guid InstanceId, IReadOnlyList<OpenedTask> OpenTasks);

public sealed record BulkStartItem(Guid? SubjectOrganisationId, string? BusinessKey, Dictionary<string, JsonElement>? Variables);

public sealed record BulkStartRequest(string? ProcessId, List<BulkStartItem>? Items);

/// <param name="Count">Instances requested; they start asynchronously on whichever node takes each batch.</param>
public sealed record BulkStartResponse(Guid BatchId, int Count);

public sealed record CancelInstanceRequest(string? Reason);

public sealed record CancelInstanceResponse(Guid InstanceId, string InstanceStatus);

public sealed record InstanceDetail(
    Guid InstanceId,
    string ProcessId,
    string? ProcessName,
    int Version,
    string? BusinessKey,
    Guid SubjectOrganisationId,
    string? SubjectOrganisationName,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? EndReason,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlyList<InstanceTask> Tasks,
    IReadOnlyList<InstanceTimer> Timers,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<InstanceIncident> Incidents);

/// <summary>A task of the instance, open or closed.</summary>
public sealed record InstanceTask(
    Guid TaskId, string ElementId, string Name, string Status, Guid? OrganisationId, string? OrganisationName, string? Body,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, string? ClaimedBy, DateTimeOffset? CompletedAt, string? CompletedBy);

/// <param name="Purpose">What the timer does, e.g. a boundary reminder or a deadline.</param>
public sealed record InstanceTimer(Guid TimerId, string ElementId, string Purpose, DateTimeOffset DueAt);

/// <summary>One line of the append-only audit log of the instance.</summary>
public sealed record TimelineEntry(DateTimeOffset At, string Action, string? Actor, string? ElementId, Guid? TaskId, JsonElement? Data);

public sealed record InstanceIncident(
    Guid IncidentId, string ElementId, string Kind, string Message, DateTimeOffset CreatedAt, DateTimeOffset? ResolvedAt, string? ResolvedBy);
