namespace PartyWorkflows.Infrastructure.Inbox;

/// <param name="Search">Part of the business key, of the task name or of the case's variables (a member's name or card number).</param>
/// <param name="DueBefore">Only tasks due before this instant.</param>
public sealed record InboxFilter(
    string? ProcessId = null,
    Guid? OrganisationId = null,
    string? BusinessKey = null,
    string? Search = null,
    DateTimeOffset? DueBefore = null,
    int Offset = 0,
    int Limit = 50);
