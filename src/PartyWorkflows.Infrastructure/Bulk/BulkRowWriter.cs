using Microsoft.EntityFrameworkCore;
using Npgsql;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>
/// Writes a batch's rows inside the caller's transaction: binary COPY on PostgreSQL (one COPY per table, parents
/// first for the foreign keys), plain EF inserts on SQLite, where the embedded default never sees bulk volumes.
/// </summary>
internal static class BulkRowWriter
{
    public static async Task WriteAsync(WorkflowDbContext db, BulkRows rows, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            var model = db.Model;
            await new CopyTable<InstanceRecord>(model).CopyAsync(connection, rows.Instances, cancellationToken);
            await new CopyTable<TaskRecord>(model).CopyAsync(connection, rows.Tasks, cancellationToken);
            await new CopyTable<TimerRecord>(model).CopyAsync(connection, rows.Timers, cancellationToken);
            await new CopyTable<SubscriptionRecord>(model).CopyAsync(connection, rows.Subscriptions, cancellationToken);
            await new CopyTable<IncidentRecord>(model).CopyAsync(connection, rows.Incidents, cancellationToken);
            await new CopyTable<AuditRecord>(model).CopyAsync(connection, rows.Audit, cancellationToken);
            await new CopyTable<OutboxMessage>(model).CopyAsync(connection, rows.Outbox, cancellationToken);
            return;
        }

        db.Instances.AddRange(rows.Instances);
        db.Tasks.AddRange(rows.Tasks);
        db.Timers.AddRange(rows.Timers);
        db.Subscriptions.AddRange(rows.Subscriptions);
        db.Incidents.AddRange(rows.Incidents);
        db.AuditLog.AddRange(rows.Audit);
        db.Outbox.AddRange(rows.Outbox);
        await db.SaveChangesAsync(cancellationToken);
    }
}
