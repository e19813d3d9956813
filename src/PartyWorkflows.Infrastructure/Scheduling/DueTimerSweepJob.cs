using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>
/// The recurring catch-up: fires every timer already due (after downtime, or whose job was lost), oldest first,
/// one batch per run. One indexed range scan on workflow_timers.due_at.
/// </summary>
public sealed class DueTimerSweepJob(
    WorkflowDbContext db,
    DueTimerFirer firer,
    SchedulingOptions options,
    TimeProvider time,
    ILogger<DueTimerSweepJob> logger)
{
    public const string RecurringJobId = "workflow-due-timers";

    /// <returns>How many timers fired.</returns>
    [AutomaticRetry(Attempts = 0)] // the next run is the retry
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await db.Timers.AsNoTracking()
            .Where(t => t.DueAt <= now)
            .OrderBy(t => t.DueAt)
            .Take(options.SweepBatchSize)
            .Select(t => new { t.InstanceId, t.Id })
            .ToListAsync(cancellationToken);

        var fired = 0;
        foreach (var timer in due)
        {
            try
            {
                fired += await firer.FireAsync(timer.InstanceId, timer.Id, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One instance that cannot move (busy, or broken) must not hold up the others; a still-due timer comes back next run.
                logger.LogWarning(e, "Due timer {TimerId} of instance {InstanceId} did not fire; the next sweep retries it.", timer.Id, timer.InstanceId);
            }
        }

        return fired;
    }
}
