namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>Values of notifications.kind.</summary>
public static class NotificationKinds
{
    public const string Reminder = "reminder";
    public const string Overdue = "overdue";
}
