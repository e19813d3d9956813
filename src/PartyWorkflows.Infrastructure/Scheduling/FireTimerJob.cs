using Hangfire;

namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>The delayed Hangfire job of one timer, scheduled for its due time by <see cref="HangfireTimerScheduler"/>.</summary>
public sealed class FireTimerJob(DueTimerFirer firer)
{
    /// <summary>
    /// A <see cref="Workflows.ConcurrencyConflictException"/> is left to Hangfire's automatic retry: the instance was
    /// busy, and on the retry the timer is either still due (fires) or gone (no-op).
    /// </summary>
    [AutomaticRetry(Attempts = 10)]
    public Task RunAsync(Guid instanceId, Guid timerId, CancellationToken cancellationToken) =>
        firer.FireAsync(instanceId, timerId, cancellationToken);
}
