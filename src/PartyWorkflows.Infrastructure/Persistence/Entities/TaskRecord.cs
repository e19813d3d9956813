namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A user task ever opened, kept after it closes: the inbox and the task history read it.</summary>
public sealed class TaskRecord
{
    /// <summary>The engine's task id.</summary>
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }
    public required string ElementId { get; set; }
    public required string Name { get; set; }
    public required string ProcessId { get; set; }
    public string? BusinessKey { get; set; }

    /// <summary>The acting organisation resolved from the committee level; null when the tree has no such level.</summary>
    public Guid? OrganisationId { get; set; }

    public string? CommitteeLevel { get; set; }

    /// <summary>The body acting on the task; null lets any seat on the organisation act.</summary>
    public string? CommitteeBody { get; set; }

    public string? FormKey { get; set; }
    public required string Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }

    /// <summary>When the overdue sweep published task-overdue for it; set once, so the event is not repeated.</summary>
    public DateTimeOffset? OverdueNotifiedAt { get; set; }

    /// <summary>JSON object of the task's local variables (multi-instance item, loopCounter).</summary>
    public string? LocalVariables { get; set; }
}
