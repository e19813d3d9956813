using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Tests.Shared;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>
/// A new database on the real PostgreSQL server named by PARTYWORKFLOWS_TEST_POSTGRES, migrated with the PostgreSQL
/// migrations and dropped when the test class is done. A missing server is a failure, never a skip.
/// </summary>
public sealed class PostgresDatabase : ITestDatabase, IAsyncLifetime
{
    private readonly ScratchPostgresDatabase _database = new("pw_test");

    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.CreateAsync();
        await using var db = new PostgresWorkflowDbContext(
            new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql(ConnectionString).Options);
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync() => _database.DropAsync();
}
