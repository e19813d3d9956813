using System.Text.Json;
using PartyWorkflows.Web.Features.Tasks.Forms;

namespace PartyWorkflows.Web.Features.Tasks;

public sealed record CompleteTaskRequest(Dictionary<string, JsonElement>? Variables);

/// <summary>A task a command opened: what happens next and who acts on it.</summary>
/// <param name="Body">The acting body (pw:committeeBody), e.g. committee; null when any seat may act.</param>
public sealed record OpenedTask(Guid TaskId, string Name, Guid? OrganisationId, string? OrganisationName, string? Body, DateTimeOffset? DueAt);

/// <param name="InstanceStatus">running, completed, cancelled or failed.</param>
public sealed record CompleteTaskResponse(string InstanceStatus, IReadOnlyList<OpenedTask> NextTasks);

/// <param name="Variables">The instance's process variables, for the form.</param>
/// <param name="LocalVariables">The task's own variables (multi-instance item, loopCounter).</param>
/// <param name="Form">What the step's form captures.</param>
public sealed record TaskDetail(
    Guid TaskId,
    Guid InstanceId,
    string ElementId,
    string Name,
    string Status,
    string ProcessId,
    string? BusinessKey,
    Guid? OrganisationId,
    string? OrganisationName,
    string? CommitteeLevel,
    string? Body,
    string? FormKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    string? ClaimedBy,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    IReadOnlyDictionary<string, JsonElement> Variables,
    JsonElement? LocalVariables,
    TaskFormSpec Form);

public sealed record ClaimResponse(Guid TaskId, string? ClaimedBy);
