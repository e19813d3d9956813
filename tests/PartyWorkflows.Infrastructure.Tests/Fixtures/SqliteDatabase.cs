using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>A temporary SQLite file migrated with the SQLite migrations, deleted afterwards.</summary>
public sealed class SqliteDatabase : ITestDatabase, IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pw_test_{Guid.NewGuid():N}.db");

    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string ConnectionString => $"Data Source={_path}";

    public async Task InitializeAsync()
    {
        await using var db = new SqliteWorkflowDbContext(
            new DbContextOptionsBuilder<SqliteWorkflowDbContext>().UseSqlite(ConnectionString).Options);
        await db.Database.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return Task.CompletedTask;
    }
}
