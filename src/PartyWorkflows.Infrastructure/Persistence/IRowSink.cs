using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Persistence;

/// <summary>
/// Where new rows of a unit of work go: the tracked context of a command, or the lists a bulk start copies in one go.
/// One sink lets both paths build their rows with the same code.
/// </summary>
internal interface IRowSink
{
    void Add(TaskRecord task);
    void Add(IncidentRecord incident);
    void Add(AuditRecord audit);
    void Add(OutboxMessage message);
}
