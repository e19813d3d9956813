using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Hosting.DemoData;

namespace PartyWorkflows.Web.Hosting;

/// <summary>
/// Brings the database up to date before the server accepts requests: migrations, the administrator role, demo data
/// (empty database only, when enabled), then the repository's workflow files. Runs in StartingAsync, which every
/// hosted service finishes before any StartAsync, so no request sees an unmigrated database.
/// </summary>
public sealed class StartupInitialiser(
    IServiceScopeFactory scopes, DatabaseSettings settings, IConfiguration configuration, IHostEnvironment environment)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<WorkflowDbContext>().Database.MigrateAsync(cancellationToken);
        await services.GetRequiredService<AdministratorRole>().EnsureAsync();
        if (settings.SeedDemoData)
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(cancellationToken);
        }

        await services.GetRequiredService<WorkflowFileDeployer>()
            .DeployAllAsync(WorkflowsDirectory.Locate(configuration, environment.ContentRootPath), cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
