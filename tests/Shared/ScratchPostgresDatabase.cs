using Npgsql;

namespace PartyWorkflows.Tests.Shared;

/// <summary>
/// A fresh database on the real PostgreSQL server named by PARTYWORKFLOWS_TEST_POSTGRES, created and dropped by its
/// owner (one per test class). A missing server is a failure, never a skip.
/// </summary>
internal sealed class ScratchPostgresDatabase
{
    public const string Variable = "PARTYWORKFLOWS_TEST_POSTGRES";

    private readonly string _serverConnectionString;
    private readonly string _name;

    /// <param name="prefix">Names the test project in the database's name, e.g. <c>pw_web_test</c>.</param>
    public ScratchPostgresDatabase(string prefix)
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a real PostgreSQL server. Run ./scripts/test.sh, which starts one and sets it.");
        _name = $"{prefix}_{Guid.NewGuid():N}";
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
