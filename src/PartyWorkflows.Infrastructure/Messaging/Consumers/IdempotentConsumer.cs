using MassTransit;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Messaging.Consumers;

/// <summary>
/// A consumer that handles each message id once: the changes <see cref="HandleAsync"/> adds to the context are saved
/// together with a processed_messages row, and a message whose id is already there is skipped. The relay publishes
/// at least once (and the broker redelivers unacknowledged messages), so every consumer with effects derives from this.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(WorkflowDbContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
{
    protected WorkflowDbContext Db => db;

    protected TimeProvider Time => time;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; it cannot be deduplicated.");
        var consumer = GetType().Name;
        if (await AlreadyProcessedAsync(consumer, messageId, context.CancellationToken))
        {
            return;
        }

        await HandleAsync(context.Message, context.CancellationToken);
        db.ProcessedMessages.Add(new ProcessedMessage { Consumer = consumer, MessageId = messageId, ProcessedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await AlreadyProcessedAsync(consumer, messageId, CancellationToken.None))
            {
                throw;
            }

            // A redelivery raced this one and committed first: its key kept ours out, and nothing of ours was saved.
        }
    }

    /// <summary>Adds the consumer's changes to <see cref="Db"/> without saving them.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    private Task<bool> AlreadyProcessedAsync(string consumer, Guid messageId, CancellationToken cancellationToken) =>
        db.ProcessedMessages.AnyAsync(m => m.Consumer == consumer && m.MessageId == messageId, cancellationToken);
}
