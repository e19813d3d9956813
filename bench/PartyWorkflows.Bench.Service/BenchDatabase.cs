using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Members;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Scheduling;
using PartyWorkflows.Infrastructure.Workflows;

namespace PartyWorkflows.Bench.Service;

/// <summary>A fresh database on the server named by PARTYWORKFLOWS_BENCH_POSTGRES, migrated, with the services on it.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string Variable = "PARTYWORKFLOWS_BENCH_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly string _name = $"pw_bench_{DateTime.UtcNow:yyyyMMddHHmmss}";

    private BenchDatabase(string serverConnectionString)
    {
        _serverConnectionString = serverConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = _name, MaxPoolSize = 20 }.ConnectionString;
        Services = new ServiceCollection()
            .AddLogging()
            .AddWorkflowPersistence(DatabaseProvider.PostgreSql, ConnectionString)
            .AddWorkflowRuntime()
            .AddSingleton(new SchedulingOptions())
            .AddMemberStore()
            .AddPeriodicDuties()
            .BuildServiceProvider();
    }

    public string ConnectionString { get; }

    public ServiceProvider Services { get; }

    public static async Task<BenchDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set; run scripts/bench-service.sh, which starts a server.");
        var database = new BenchDatabase(server);
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\"");
        await using var scope = database.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowDbContext>().Database.MigrateAsync();
        return database;
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task ExecuteAsync(string sql, int timeoutSeconds = 600)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = timeoutSeconds };
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
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
