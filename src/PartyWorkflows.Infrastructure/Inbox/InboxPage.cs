namespace PartyWorkflows.Infrastructure.Inbox;

/// <param name="Total">Open tasks matching the filter, over all pages.</param>
/// <param name="Overdue">Of those, the tasks past their due instant.</param>
/// <param name="DueSoon">Of those, the tasks not yet overdue that fall due before the "soon" horizon (0 without one).</param>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Total, int Overdue, int DueSoon);
