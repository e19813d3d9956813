namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// One line of the append-only audit log. Rows are only ever inserted: no code updates or deletes them
/// (WorkflowDbContext refuses to save such a change, and on PostgreSQL a trigger rejects it too).
/// </summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? InstanceId { get; set; }
    public Guid? TaskId { get; set; }
    public string? Actor { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? CommitteeBody { get; set; }
    public required string Action { get; set; }
    public string? ElementId { get; set; }

    /// <summary>JSON details of the action (submitted variables, reason, incident).</summary>
    public string? Data { get; set; }
}
