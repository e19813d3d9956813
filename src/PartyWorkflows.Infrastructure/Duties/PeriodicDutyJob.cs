using Hangfire;
using Microsoft.Extensions.Logging;
using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The Hangfire job of every periodic duty: one recurring job per duty, named by its id, triggerable from the dashboard.
/// Records the run, so the start-up catch-up knows the occurrence was served.
/// </summary>
public sealed class PeriodicDutyJob(
    IEnumerable<IPeriodicDuty> duties,
    DutySchedules schedules,
    DutyRunLog runs,
    TimeProvider time,
    ILogger<PeriodicDutyJob> logger)
{
    /// <returns>How many instances the run opened.</returns>
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)] // one duty at a time: two runs of one duty must not race
    [JobDisplayName("Nhiệm vụ định kỳ {0}")]
    public async Task<int> RunAsync(string dutyId, CancellationToken cancellationToken)
    {
        var duty = duties.SingleOrDefault(d => d.Id == dutyId)
            ?? throw new InvalidOperationException($"No periodic duty '{dutyId}' is registered.");
        var now = time.GetUtcNow();
        var today = VietnamTime.Today(time);
        var occurrence = schedules.For(dutyId)?.LastOccurrence(now) is { } last ? VietnamTime.DateOf(last) : today;

        var opened = await duty.RunAsync(new DutyOccasion(today, occurrence, now), cancellationToken);
        await runs.RecordAsync(dutyId, now, cancellationToken);
        logger.LogInformation("Periodic duty {DutyId} for {Occurrence} opened {Opened} instances.", dutyId, occurrence, opened);
        return opened;
    }
}
