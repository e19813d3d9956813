using Hangfire;
using Microsoft.Extensions.Logging;

namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>One delayed <see cref="FireTimerJob"/> per scheduled timer, at its due time.</summary>
internal sealed class HangfireTimerScheduler(IBackgroundJobClient jobs, ILogger<HangfireTimerScheduler> logger) : ITimerScheduler
{
    public void Scheduled(Guid instanceId, Guid timerId, DateTimeOffset dueAt)
    {
        try
        {
            jobs.Schedule<FireTimerJob>(job => job.RunAsync(instanceId, timerId, CancellationToken.None), dueAt);
        }
        catch (Exception e)
        {
            // The command has committed, so it must not fail now; the timer row stays and the due-timer sweep fires it.
            logger.LogWarning(e, "Could not schedule timer {TimerId} of instance {InstanceId}; the due-timer sweep will fire it.", timerId, instanceId);
        }
    }

    /// <summary>
    /// Nothing to do: the job of a cancelled timer finds no row and does nothing. Deleting it would need a
    /// timer-to-job map kept in step across nodes, for no change in behaviour.
    /// </summary>
    public void Cancelled(Guid instanceId, Guid timerId)
    {
    }
}
