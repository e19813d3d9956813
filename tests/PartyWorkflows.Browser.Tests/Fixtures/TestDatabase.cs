using Npgsql;

namespace PartyWorkflows.Browser.Tests.Fixtures;

/// <summary>
/// A fresh database on the real PostgreSQL server named by PARTYWORKFLOWS_TEST_POSTGRES, dropped afterwards. A missing
/// server is a failure, never a skip.
/// </summary>
public sealed class TestDatabase
{
    public const string Variable = "PARTYWORKFLOWS_TEST_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly string _name = $"pw_browser_test_{Guid.NewGuid():N}";

    public TestDatabase()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the browser tests need a real PostgreSQL server. Run ./scripts/test.sh, which starts one and sets it.");
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public Task CreateAsync() => ExecuteOnServerAsync($"CREATE DATABASE \"{_name}\"");

    public async Task DropAsync()
    {
        NpgsqlConnection.ClearAllPools();
        // FORCE cannot end a server process of another role (an autovacuum worker that just connected): wait for it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
