using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>
/// Inserts many rows of one entity type: binary COPY on PostgreSQL (into the caller's transaction, if any), plain EF
/// inserts on SQLite, where the embedded default never sees bulk volumes.
/// </summary>
internal static class BulkInsert
{
    public static async Task WriteAsync<TEntity>(WorkflowDbContext db, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await new CopyTable<TEntity>(db.Model).CopyAsync(connection, rows, cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

        db.Set<TEntity>().AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
