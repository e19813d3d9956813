using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// At start-up: registers (or updates) one recurring job per scheduled duty, then makes up once for every duty whose
/// occurrence passed while the service was down (in-memory Hangfire storage forgets its recurring jobs; the
/// periodic_duty_runs table does not). A duty seen for the first time is counted from now; one switched off in the
/// configuration (an empty schedule) has its recurring job removed.
/// </summary>
internal sealed class PeriodicDutyRegistrar(
    IRecurringJobManager recurringJobs,
    IBackgroundJobClient jobs,
    DutySchedules schedules,
    IServiceScopeFactory scopes,
    TimeProvider time,
    ILogger<PeriodicDutyRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var known = scope.ServiceProvider.GetServices<IPeriodicDuty>().Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var runs = scope.ServiceProvider.GetRequiredService<DutyRunLog>();
        var now = time.GetUtcNow();

        // A duty switched off in the configuration stops: durable storage would otherwise keep its old recurring job.
        foreach (var unscheduled in known.Where(id => schedules.For(id) is null))
        {
            recurringJobs.RemoveIfExists(unscheduled);
        }

        foreach (var (dutyId, schedule) in schedules.All.Where(s => known.Contains(s.Key)))
        {
            recurringJobs.AddOrUpdate<PeriodicDutyJob>(dutyId, job => job.RunAsync(dutyId, CancellationToken.None), schedule.Cron,
                new RecurringJobOptions { TimeZone = schedule.Zone });

            if (await runs.LastRunAtAsync(dutyId, cancellationToken) is not { } lastRunAt)
            {
                await runs.RecordAsync(dutyId, now, cancellationToken);
            }
            else if (schedule.Missed(lastRunAt, now))
            {
                logger.LogInformation("Periodic duty {DutyId} missed an occurrence since {LastRunAt}; running it once now.", dutyId, lastRunAt);
                jobs.Enqueue<PeriodicDutyJob>(job => job.RunAsync(dutyId, CancellationToken.None));
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
