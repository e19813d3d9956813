using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PartyWorkflows.Infrastructure.Calendar;

/// <summary>
/// Loads the published calendar years before the server takes requests (register it after the migrating initialiser),
/// then polls the small table every <see cref="Interval"/> so another node's change reaches this one within that time.
/// Polling rather than a bus message: the table is a few rows and a missed message would leave a node wrong forever.
/// </summary>
public sealed partial class CalendarRefresher(IServiceScopeFactory scopes, ILogger<CalendarRefresher> logger)
    : BackgroundService, IHostedLifecycleService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    public Task StartingAsync(CancellationToken cancellationToken) => RefreshAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Keep the calendar in force and try again on the next tick; a database blip must not stop the polling.
                LogRefreshFailed(logger, e);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CalendarYearStore>().RefreshAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reloading the published calendar years failed")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
