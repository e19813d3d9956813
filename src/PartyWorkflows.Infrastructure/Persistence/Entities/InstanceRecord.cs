namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A workflow instance: the engine's document plus the columns queried without opening it.</summary>
public sealed class InstanceRecord
{
    public Guid Id { get; set; }
    public required string ProcessId { get; set; }

    /// <summary>The definition version the instance runs on for its whole life.</summary>
    public int DefinitionVersion { get; set; }

    public string? BusinessKey { get; set; }

    /// <summary>The organisation the case is about; committee levels resolve upwards from it.</summary>
    public Guid SubjectOrganisationId { get; set; }

    public required string Status { get; set; }

    /// <summary>The InstanceStateJson document.</summary>
    public required string State { get; set; }

    /// <summary>Optimistic concurrency token, incremented by the context on every save of the row.</summary>
    public long RowVersion { get; set; }

    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
