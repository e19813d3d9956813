using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Messaging;

/// <summary>
/// Publishes the outbox to the bus, oldest first, each row as its contract type with MessageId = the row's id, and
/// marks it published only after the publish returned (on RabbitMQ: after the broker's publisher confirm). On a
/// failure the rest of the batch stays unpublished, the failed row's attempts go up and the relay backs off; nothing
/// is lost. A crash between the confirm and the commit publishes a row again, with the same MessageId, which the
/// idempotent consumers ignore: delivery is at least once, processing once.
/// </summary>
internal sealed class OutboxRelay(
    IServiceScopeFactory scopes,
    IBus bus,
    IntegrationEventTypes types,
    MessagingOptions options,
    TimeProvider time,
    ILogger<OutboxRelay> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            RelayPass pass;
            try
            {
                pass = await RelayBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database itself failed: the same back-off as for the broker.
                logger.LogError(e, "Outbox relay pass failed.");
                pass = new RelayPass(0, Failed: true);
            }

            failures = pass.Failed ? failures + 1 : 0;
            if (!pass.Failed && pass.Published == options.OutboxBatchSize)
            {
                continue; // more are waiting
            }

            // Real time, not the injected clock: this is a poll interval, not a business time.
            await Task.Delay(failures == 0 ? options.OutboxPollInterval : Backoff(failures), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <summary>One transaction: lock a batch, publish it in order, mark what the broker took.</summary>
    internal async Task<RelayPass> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await PendingAsync(db, cancellationToken);

        var published = 0;
        var failed = false;
        foreach (var row in rows)
        {
            if (types.Find(row.Type) is not { } type)
            {
                // No contract for it (removed since it was written): leave it for an operator, do not block the others.
                row.Attempts++;
                logger.LogError("Outbox row {Id} has unknown type '{Type}'; left unpublished.", row.Id, row.Type);
                continue;
            }

            try
            {
                await PublishAsync(row, type, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Stop at the first failure so later events do not overtake it.
                row.Attempts++;
                failed = true;
                logger.LogWarning(e, "Publishing outbox row {Id} ({Type}) failed; it stays in the outbox.", row.Id, row.Type);
                break;
            }

            row.PublishedAt = time.GetUtcNow();
            published++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RelayPass(published, failed);
    }

    private Task<List<OutboxMessage>> PendingAsync(WorkflowDbContext db, CancellationToken cancellationToken) =>
        db is PostgresWorkflowDbContext
            // SKIP LOCKED: several nodes relay side by side, each taking rows the others have not locked.
            ? db.Outbox.FromSql($"""
                SELECT * FROM outbox WHERE published_at IS NULL
                ORDER BY occurred_at, position LIMIT {options.OutboxBatchSize} FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken)
            // SQLite is one process's file: its write transaction already keeps a second relay out.
            : db.Outbox.Where(o => o.PublishedAt == null).OrderBy(o => o.OccurredAt).ThenBy(o => o.Position)
                .Take(options.OutboxBatchSize).ToListAsync(cancellationToken);

    private async Task PublishAsync(OutboxMessage row, Type type, CancellationToken cancellationToken)
    {
        var message = JsonSerializer.Deserialize(row.Payload, type, OutboxWriter.PayloadOptions)
            ?? throw new InvalidOperationException($"Outbox row {row.Id} has an empty payload.");

        // A broker that is down makes Publish wait for the connection: bound the wait so the pass fails and backs off.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);
        await bus.Publish(message, type, Pipe.Execute<PublishContext>(context => context.MessageId = row.Id), timeout.Token);
    }

    private TimeSpan Backoff(int failures)
    {
        var doubled = options.OutboxPollInterval * Math.Pow(2, Math.Min(failures, 16));
        return doubled < options.OutboxMaxBackoff ? doubled : options.OutboxMaxBackoff;
    }

    internal readonly record struct RelayPass(int Published, bool Failed);
}
