namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// A bus message a consumer has handled, written in the same transaction as the consumer's own changes, so a
/// redelivery (the relay publishes at least once) is recognised and ignored.
/// </summary>
public sealed class ProcessedMessage
{
    /// <summary>The consumer's name: several consumers may each handle the same message once.</summary>
    public required string Consumer { get; set; }

    public Guid MessageId { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
