namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>Values of workflow_tasks.status.</summary>
public static class TaskStatuses
{
    public const string Open = "open";
    public const string Completed = "completed";
    public const string Cancelled = "cancelled";
}
