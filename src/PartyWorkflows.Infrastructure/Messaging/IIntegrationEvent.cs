namespace PartyWorkflows.Infrastructure.Messaging;

/// <summary>An event published to other services through the outbox.</summary>
public interface IIntegrationEvent
{
    /// <summary>The stable event name stored in outbox.type, such as task-opened.</summary>
    static abstract string Type { get; }
}
