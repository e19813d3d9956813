using System.Collections.Concurrent;
using MassTransit;
using PartyWorkflows.Infrastructure.Messaging.Contracts;

namespace PartyWorkflows.Infrastructure.Tests.Messaging;

/// <summary>How often each message id arrived at <see cref="RecordingConsumer"/> (one per test host).</summary>
public sealed class ReceivedMessages
{
    private readonly ConcurrentDictionary<Guid, int> _counts = new();

    public void Add(Guid? messageId) => _counts.AddOrUpdate(messageId ?? Guid.Empty, 1, (_, n) => n + 1);

    public int CountOf(Guid messageId) => _counts.GetValueOrDefault(messageId);
}

/// <summary>
/// Counts the workflow events it receives. The broker is shared by every test class, so it also sees other classes'
/// events; the tests only look at the ids of their own outbox rows.
/// </summary>
public sealed class RecordingConsumer(ReceivedMessages received) : IConsumer<InstanceStarted>, IConsumer<TaskOpened>
{
    public Task Consume(ConsumeContext<InstanceStarted> context) => Record(context);

    public Task Consume(ConsumeContext<TaskOpened> context) => Record(context);

    private Task Record(ConsumeContext context)
    {
        received.Add(context.MessageId);
        return Task.CompletedTask;
    }
}
