using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>The periodic_duty_runs rows: when each duty last ran, or was first scheduled.</summary>
public sealed class DutyRunLog(WorkflowDbContext db)
{
    public Task<DateTimeOffset?> LastRunAtAsync(string dutyId, CancellationToken cancellationToken) =>
        db.PeriodicDutyRuns.AsNoTracking().Where(r => r.DutyId == dutyId).Select(r => (DateTimeOffset?)r.LastRunAt)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task RecordAsync(string dutyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var row = await db.PeriodicDutyRuns.SingleOrDefaultAsync(r => r.DutyId == dutyId, cancellationToken);
        if (row is null)
        {
            db.PeriodicDutyRuns.Add(new PeriodicDutyRunRecord { DutyId = dutyId, LastRunAt = at });
        }
        else
        {
            row.LastRunAt = at;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
