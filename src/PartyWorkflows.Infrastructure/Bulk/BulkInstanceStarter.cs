using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>
/// Starts a batch of instances of one process (the annual grading of every member of a province, a slice at a time):
/// the engine runs every start in memory, then all rows of the batch (instances, tasks, timers, subscriptions,
/// incidents, audit, outbox) are written in one transaction, with binary COPY on PostgreSQL. The rows are those the
/// command processor writes for each start. Instance ids come with the items, so a redelivered batch starts nothing
/// twice: ids already stored are skipped.
/// </summary>
public sealed class BulkInstanceStarter(
    WorkflowDbContext db,
    DefinitionStore definitions,
    WorkflowExecutor executor,
    WorkflowCommandProcessor processor,
    TimeProvider time)
{
    /// <summary>PostgreSQL's unique_violation.</summary>
    private const string UniqueViolation = "23505";

    /// <exception cref="WorkflowCommandException">The process is not deployed; nothing was written.</exception>
    public async Task<BulkStartResult> StartAsync(
        string processId,
        IReadOnlyList<StartItem> items,
        string requestedBy,
        CancellationToken cancellationToken = default)
    {
        var definition = await definitions.LatestAsync(processId, cancellationToken)
            ?? throw new WorkflowCommandException(CommandRejection.NotFound, $"Process '{processId}' is not deployed.");
        BulkBatch batch;
        try
        {
            batch = await WriteBatchAsync(definition, items, requestedBy, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            // A concurrent delivery of the same batch committed first; this attempt rolled back. Once more, the stored
            // ids are seen and skipped.
            batch = await WriteBatchAsync(definition, items, requestedBy, cancellationToken);
        }

        var startedOneByOne = new List<Guid>();
        var failures = batch.Failures;
        var alreadyStarted = batch.AlreadyStarted;
        foreach (var item in batch.OneByOne)
        {
            // Their own transactions, after the batch's: call activities start child instances the processor follows.
            try
            {
                await processor.StartAsync(item.InstanceId, processId, item.SubjectOrganisationId, item.Variables, item.BusinessKey,
                    requestedBy, cancellationToken);
                startedOneByOne.Add(item.InstanceId);
            }
            catch (DbUpdateException)
            {
                // Only a concurrent delivery that started it first is expected here; anything else is a real failure.
                if (!await ExistsAsync(item.InstanceId, cancellationToken))
                {
                    throw;
                }

                alreadyStarted++;
            }
            catch (WorkflowCommandException e)
            {
                failures.Add(new BulkStartFailure(item.InstanceId, e.Message));
            }
        }

        return new BulkStartResult(batch.Started, alreadyStarted, startedOneByOne, failures);
    }

    private async Task<BulkBatch> WriteBatchAsync(
        DeployedDefinition definition,
        IReadOnlyList<StartItem> items,
        string requestedBy,
        CancellationToken cancellationToken)
    {
        var batch = new BulkBatch();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var ids = items.Select(i => i.InstanceId).ToList();
            var existing = (await db.Instances.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken))
                .ToHashSet();
            var pending = items.Where(i => !existing.Contains(i.InstanceId)).DistinctBy(i => i.InstanceId).ToList();
            batch.AlreadyStarted = items.Count - pending.Count;

            var organisations = await OrganisationTreeSlice.LoadAsync(db, pending.Select(i => i.SubjectOrganisationId), cancellationToken);
            var now = time.GetUtcNow();
            var recorder = new BulkRowRecorder(definition, organisations, requestedBy);
            var rows = new BulkRows();
            var audit = new AuditTrail(rows, now);
            var outbox = new OutboxWriter(rows);
            var added = new StartEffectRows(rows, audit, outbox, now);
            foreach (var item in pending)
            {
                ExecutionResult result;
                try
                {
                    result = executor.Execute(definition.Process, null,
                        new StartInstance(item.InstanceId, item.Variables, item.BusinessKey) { Actor = requestedBy });
                }
                catch (WorkflowCommandException e)
                {
                    batch.Failures.Add(new BulkStartFailure(item.InstanceId, e.Message));
                    continue;
                }

                if (BulkRowRecorder.NeedsCommandProcessor(result))
                {
                    batch.OneByOne.Add(item);
                    continue;
                }

                result.State.DefinitionVersion = definition.Version;
                recorder.Record(result, item.SubjectOrganisationId, rows, added);
            }

            await BulkRowWriter.WriteAsync(db, rows, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            batch.Started = rows.Instances.Count;
            return batch;
        }
        finally
        {
            // The SQLite path tracks its inserts; the processor and the next batch start from the database.
            db.ChangeTracker.Clear();
        }
    }

    private Task<bool> ExistsAsync(Guid instanceId, CancellationToken cancellationToken) =>
        db.Instances.AsNoTracking().AnyAsync(i => i.Id == instanceId, cancellationToken);

    /// <summary>The outcome of the bulk transaction, before the one-by-one starts.</summary>
    private sealed class BulkBatch
    {
        public int Started { get; set; }
        public int AlreadyStarted { get; set; }
        public List<StartItem> OneByOne { get; } = [];
        public List<BulkStartFailure> Failures { get; } = [];
    }
}
