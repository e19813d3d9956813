using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>
/// A new database on the real PostgreSQL server named by PARTYWORKFLOWS_TEST_POSTGRES, migrated with the PostgreSQL
/// migrations and dropped when the test class is done. A missing server is a failure, never a skip.
/// </summary>
public sealed class PostgresDatabase : ITestDatabase, IAsyncLifetime
{
    public const string Variable = "PARTYWORKFLOWS_TEST_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly string _name = $"pw_test_{Guid.NewGuid():N}";

    public PostgresDatabase()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a real PostgreSQL server. Run ./scripts/test.sh, which starts one and sets it.");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _name }.ConnectionString;
    }

    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public string ConnectionString { get; }

    public async Task InitializeAsync()
    {
        await ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");
        await using var db = new PostgresWorkflowDbContext(
            new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql(ConnectionString).Options);
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
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
