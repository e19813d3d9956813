namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>Values of audit_log.action written by the command processor and the attachment store.</summary>
public static class AuditActions
{
    public const string InstanceStarted = "instance-started";
    public const string InstanceCompleted = "instance-completed";
    public const string InstanceCancelled = "instance-cancelled";
    public const string InstanceFailed = "instance-failed";
    public const string TaskCompleted = "task-completed";

    /// <summary>A task opened with no acting organisation: the tree lacks its level above the subject. Needs an administrator.</summary>
    public const string TaskUnassigned = "task-unassigned";

    public const string IncidentRaised = "incident-raised";
    public const string IncidentRetried = "incident-retried";
    public const string IncidentResolved = "incident-resolved";

    /// <summary>A file was attached to a task (data: id, name, type, size, SHA-256).</summary>
    public const string AttachmentUploaded = "attachment-uploaded";
}
