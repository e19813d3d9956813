using Hangfire;
using Microsoft.Extensions.Hosting;

namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>
/// Registers (or updates, when the configuration changed) the recurring sweeps at startup. Their cron expressions are
/// read in the configured zone, so "every day at 07:00" means 07:00 in Vietnam whatever the server's zone.
/// </summary>
internal sealed class RecurringJobRegistrar(IRecurringJobManager recurringJobs, SchedulingOptions options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var zone = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone) };
        recurringJobs.AddOrUpdate<DueTimerSweepJob>(DueTimerSweepJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), options.DueTimerSweepCron, zone);
        recurringJobs.AddOrUpdate<OverdueTaskSweepJob>(OverdueTaskSweepJob.RecurringJobId,
            job => job.RunAsync(CancellationToken.None), options.OverdueTaskSweepCron, zone);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
