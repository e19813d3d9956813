using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>Every row a batch of starts writes, in the order the per-instance path would add them.</summary>
internal sealed class BulkRows : IRowSink
{
    public List<InstanceRecord> Instances { get; } = [];
    public List<TaskRecord> Tasks { get; } = [];
    public List<TimerRecord> Timers { get; } = [];
    public List<SubscriptionRecord> Subscriptions { get; } = [];
    public List<IncidentRecord> Incidents { get; } = [];
    public List<AuditRecord> Audit { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];

    public void Add(TaskRecord task) => Tasks.Add(task);
    public void Add(IncidentRecord incident) => Incidents.Add(incident);
    public void Add(AuditRecord audit) => Audit.Add(audit);
    public void Add(OutboxMessage message) => Outbox.Add(message);
}
