namespace PartyWorkflows.Infrastructure.Inbox;

/// <param name="Total">Open tasks matching the filter, over all pages.</param>
public sealed record InboxPage(IReadOnlyList<InboxItem> Items, int Total);
