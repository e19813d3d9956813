using System.Text.Encodings.Web;
using System.Text.Json;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Messaging;

/// <summary>
/// Adds integration events to the outbox of the current unit of work, so they commit with the state they describe.
/// One writer per unit of work: it numbers the events in the order they were enqueued, for the relay.
/// </summary>
internal sealed class OutboxWriter(IRowSink rows)
{
    private int _position;

    public static JsonSerializerOptions PayloadOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Enqueue<TEvent>(TEvent integrationEvent, DateTimeOffset occurredAt) where TEvent : IIntegrationEvent =>
        rows.Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            OccurredAt = occurredAt,
            Position = _position++,
            Type = TEvent.Type,
            Payload = JsonSerializer.Serialize(integrationEvent, PayloadOptions),
        });
}
