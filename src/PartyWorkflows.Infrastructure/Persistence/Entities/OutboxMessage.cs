namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>An integration event written in the command's transaction and relayed to the bus afterwards.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>Order within its command: the events of one command share <see cref="OccurredAt"/> and must keep their order.</summary>
    public int Position { get; set; }

    /// <summary>The event name, such as task-opened.</summary>
    public required string Type { get; set; }

    public required string Payload { get; set; }

    /// <summary>Null until the relay has published it.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }
}
