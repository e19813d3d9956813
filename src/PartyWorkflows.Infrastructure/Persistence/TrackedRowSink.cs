using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence;

/// <summary>Adds rows to the context, to be written by its next SaveChanges within the command's transaction.</summary>
internal sealed class TrackedRowSink(WorkflowDbContext db) : IRowSink
{
    public void Add(TaskRecord task) => db.Tasks.Add(task);
    public void Add(IncidentRecord incident) => db.Incidents.Add(incident);
    public void Add(AuditRecord audit) => db.AuditLog.Add(audit);
    public void Add(OutboxMessage message) => db.Outbox.Add(message);
}
