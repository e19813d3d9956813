using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Tests.Shared;

namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>
/// The whole service on a fresh database of the real PostgreSQL server named by PARTYWORKFLOWS_TEST_POSTGRES, one per
/// test class, dropped afterwards. The service migrates it, deploys the repository's workflows and seeds the demo
/// organisation itself, exactly as at a real start. A missing server is a failure, never a skip.
/// </summary>
public sealed class PostgresWebApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly ScratchPostgresDatabase _database = new("pw_web_test");

    public async Task InitializeAsync()
    {
        await _database.CreateAsync();
        // Starting the host runs the start-up initialiser: migrations, roles, demo data, workflow files.
        _ = Server;
    }

    /// <summary>Runs <paramref name="query"/> on a fresh scope's database context.</summary>
    public async Task<T> Db<T>(Func<WorkflowDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<WorkflowDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PartyWorkflows:Database:Provider", "PostgreSql");
        builder.UseSetting("ConnectionStrings:Workflows", _database.ConnectionString);
        builder.UseSetting("PartyWorkflows:SeedDemoData", "true");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DropAsync();
    }
}
