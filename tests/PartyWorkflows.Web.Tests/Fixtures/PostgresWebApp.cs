using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>
/// The whole service on a fresh database of the real PostgreSQL server named by PARTYWORKFLOWS_TEST_POSTGRES, one per
/// test class, dropped afterwards. The service migrates it, deploys the repository's workflows and seeds the demo
/// organisation itself, exactly as at a real start. A missing server is a failure, never a skip.
/// </summary>
public sealed class PostgresWebApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Variable = "PARTYWORKFLOWS_TEST_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly string _name = $"pw_web_test_{Guid.NewGuid():N}";
    private readonly string _connectionString;

    public PostgresWebApp()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a real PostgreSQL server. Run ./scripts/test.sh, which starts one and sets it.");
        _connectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _name }.ConnectionString;
    }

    public async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
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
        builder.UseSetting("ConnectionStrings:Workflows", _connectionString);
        builder.UseSetting("PartyWorkflows:SeedDemoData", "true");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
