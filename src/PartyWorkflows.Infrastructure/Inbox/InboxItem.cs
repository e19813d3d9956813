namespace PartyWorkflows.Infrastructure.Inbox;

public sealed record InboxItem(
    Guid TaskId,
    Guid InstanceId,
    string ProcessId,
    string ElementId,
    string Name,
    string? BusinessKey,
    Guid? OrganisationId,
    string? CommitteeLevel,
    string? CommitteeBody,
    string? FormKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    bool IsOverdue);
