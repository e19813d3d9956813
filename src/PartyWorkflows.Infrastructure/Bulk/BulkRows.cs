using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>Every row a batch of starts writes, in the order the per-instance path would add them.</summary>
internal sealed class BulkRows
{
    public List<InstanceRecord> Instances { get; } = [];
    public List<TaskRecord> Tasks { get; } = [];
    public List<TimerRecord> Timers { get; } = [];
    public List<SubscriptionRecord> Subscriptions { get; } = [];
    public List<IncidentRecord> Incidents { get; } = [];
    public List<AuditRecord> Audit { get; } = [];
    public List<OutboxMessage> Outbox { get; } = [];
}
