namespace PartyWorkflows.Web.Features.Inbox;

/// <param name="Total">Open tasks matching the filter, over all pages.</param>
/// <param name="Overdue">Of those, past their due date.</param>
/// <param name="DueSoon">Of those, due within the next <see cref="GetInbox.DueSoonWorkingDays"/> working days.</param>
public sealed record InboxResponse(int Total, int Overdue, int DueSoon, int Page, int PageSize, IReadOnlyList<InboxEntry> Items);

/// <param name="Body">The acting body (pw:committeeBody), e.g. secretary.</param>
/// <param name="ClaimedBy">Display name of the member who took the task, if any.</param>
public sealed record InboxEntry(
    Guid TaskId,
    Guid InstanceId,
    string Name,
    string ProcessId,
    string? ProcessName,
    string? BusinessKey,
    Guid? OrganisationId,
    string? OrganisationName,
    string? Body,
    string? FormKey,
    DateTimeOffset? DueAt,
    bool IsOverdue,
    string? ClaimedBy);
