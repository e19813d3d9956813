namespace PartyWorkflows.Infrastructure.Inbox;

/// <param name="Search">Part of the business key or of the task name.</param>
/// <param name="DueBefore">Only tasks due before this instant.</param>
public sealed record InboxFilter(
    string? ProcessId = null,
    Guid? OrganisationId = null,
    string? BusinessKey = null,
    string? Search = null,
    DateTimeOffset? DueBefore = null,
    int Offset = 0,
    int Limit = 50);
