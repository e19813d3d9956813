using Hangfire;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Messaging.Contracts;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>
/// The recurring overdue check: for each open task past its due time and not yet reported, writes task-overdue to
/// the outbox and sets overdue_notified_at, in one transaction, so the event goes out exactly once per task.
/// Working-day due times already end with their last day (00:00 Vietnam time of the next), so due_at &lt;= now is "overdue".
/// </summary>
public sealed class OverdueTaskSweepJob(WorkflowDbContext db, SchedulingOptions options, TimeProvider time)
{
    public const string RecurringJobId = "workflow-overdue-tasks";

    /// <returns>How many tasks were reported.</returns>
    [AutomaticRetry(Attempts = 0)] // the next run is the retry
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var overdue = await db.Tasks.AsNoTracking()
            .Where(t => t.Status == TaskStatuses.Open && t.DueAt <= now && t.OverdueNotifiedAt == null)
            .OrderBy(t => t.DueAt)
            .Take(options.SweepBatchSize)
            .ToListAsync(cancellationToken);

        var outbox = new OutboxWriter(new TrackedRowSink(db));
        var reported = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var task in overdue)
        {
            // Claim the task with a conditional update: should two sweeps overlap (in-memory storage on several
            // nodes), only one of them sees a row change and reports it.
            var claimed = await db.Tasks
                .Where(t => t.Id == task.Id && t.Status == TaskStatuses.Open && t.OverdueNotifiedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.OverdueNotifiedAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            outbox.Enqueue(new TaskOverdue(task.Id, task.InstanceId, task.ProcessId, task.ElementId, task.Name, task.BusinessKey,
                task.OrganisationId, task.CommitteeBody, task.DueAt!.Value, now), now);
            reported++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return reported;
    }
}
