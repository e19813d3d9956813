namespace PartyWorkflows.Infrastructure.Inbox;

/// <param name="Overdue">Open tasks past their due instant.</param>
/// <param name="DueSoon">Open tasks not yet overdue that fall due before the "soon" horizon.</param>
public sealed record InboxCounts(int Overdue, int DueSoon);
