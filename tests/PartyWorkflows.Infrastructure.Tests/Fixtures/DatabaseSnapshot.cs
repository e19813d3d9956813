using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>Every row of every workflow table, reduced to what a command could change, to prove one changed nothing.</summary>
public static class DatabaseSnapshot
{
    public static Task<List<string>> TakeAsync(WorkflowHarness harness) => harness.Db(async db =>
    {
        // Rows are formatted here, not in SQL: PostgreSQL cannot concatenate jsonb with text columns in one array.
        var lines = new List<string>();
        lines.AddRange((await db.Definitions.AsNoTracking().ToListAsync()).Select(d => $"definition {d.ProcessId} {d.Version}"));
        lines.AddRange((await db.Instances.AsNoTracking().ToListAsync()).Select(i => $"instance {i.Id} {i.Status} {i.RowVersion} {i.State}"));
        lines.AddRange((await db.Tasks.AsNoTracking().ToListAsync()).Select(t => $"task {t.Id} {t.Status} {t.CompletedBy}"));
        lines.AddRange((await db.Timers.AsNoTracking().ToListAsync()).Select(t => $"timer {t.Id} {t.DueAt:O}"));
        lines.AddRange((await db.Subscriptions.AsNoTracking().ToListAsync()).Select(s => $"subscription {s.Id}"));
        lines.AddRange((await db.Incidents.AsNoTracking().ToListAsync()).Select(i => $"incident {i.Id} {i.ResolvedAt:O}"));
        lines.AddRange((await db.AuditLog.AsNoTracking().ToListAsync()).Select(a => $"audit {a.Id} {a.Action} {a.Actor}"));
        lines.AddRange((await db.Outbox.AsNoTracking().ToListAsync()).Select(o => $"outbox {o.Id} {o.Type}"));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    });

    public static Task<List<string>> AuditActionsAsync(WorkflowHarness harness, Guid instanceId) => harness.Db(db =>
        db.AuditLog.Where(a => a.InstanceId == instanceId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());

    /// <summary>Outbox rows whose payload mentions the instance, in the order written.</summary>
    public static async Task<List<(string Type, string Payload)>> OutboxOfAsync(WorkflowHarness harness, Guid instanceId)
    {
        var rows = await harness.Db(db => db.Outbox.AsNoTracking().ToListAsync());
        return rows.Where(o => o.Payload.Contains(instanceId.ToString(), StringComparison.Ordinal))
            .OrderBy(o => o.OccurredAt)
            .Select(o => (o.Type, o.Payload))
            .ToList();
    }
}
