using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>
/// On in-memory Hangfire storage the delayed jobs die with the process: at startup, schedule a job again for every
/// pending timer in the database. Jobs for timers already due run at once; the sweep would catch them within a
/// minute anyway, this makes them on time.
/// </summary>
internal sealed class PendingTimerRescheduler(IServiceScopeFactory scopes, ITimerScheduler scheduler) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();

        // Streamed, not loaded: there may be many timers, and scheduling one in memory is cheap.
        var timers = db.Timers.AsNoTracking().Select(t => new { t.Id, t.InstanceId, t.DueAt }).AsAsyncEnumerable();
        await foreach (var timer in timers.WithCancellation(cancellationToken))
        {
            scheduler.Scheduled(timer.InstanceId, timer.Id, timer.DueAt);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
