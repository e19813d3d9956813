using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Calendar;

/// <summary>Reads and writes <c>calendar_years</c>, audits each change and puts it in force on this node at once.</summary>
public sealed class CalendarYearStore(WorkflowDbContext db, StoredWorkingDayCalendar calendar, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    public async Task<IReadOnlyList<StoredCalendarYear>> LoadAllAsync(CancellationToken cancellationToken)
    {
        var records = await db.CalendarYears.AsNoTracking().ToListAsync(cancellationToken);
        return records.ConvertAll(r => new StoredCalendarYear(
            r.Year, Days(r.DaysOff), Days(r.WorkedWeekends), r.PublishedBy, r.PublishedAt));
    }

    /// <summary>Stores (or replaces) the schedule of <paramref name="year"/>; the caller has validated it.</summary>
    public async Task<StoredCalendarYear> SaveAsync(
        int year, IReadOnlyList<NamedDay> daysOff, IReadOnlyList<NamedDay> workedWeekends, string actor, CancellationToken cancellationToken)
    {
        var stored = new StoredCalendarYear(year, daysOff, workedWeekends, actor, time.GetUtcNow());
        var record = await db.CalendarYears.FindAsync([year], cancellationToken);
        if (record is null)
        {
            record = new CalendarYearRecord { Year = year, DaysOff = "", WorkedWeekends = "", PublishedBy = actor };
            db.CalendarYears.Add(record);
        }

        record.DaysOff = JsonSerializer.Serialize(daysOff, Json);
        record.WorkedWeekends = JsonSerializer.Serialize(workedWeekends, Json);
        record.PublishedBy = actor;
        record.PublishedAt = stored.PublishedAt;
        Audit("calendar-year-published", actor, stored);
        await db.SaveChangesAsync(cancellationToken);
        await RefreshAsync(cancellationToken);
        return stored;
    }

    /// <returns>False when the year had no stored schedule.</returns>
    public async Task<bool> DeleteAsync(int year, string actor, CancellationToken cancellationToken)
    {
        var record = await db.CalendarYears.FindAsync([year], cancellationToken);
        if (record is null)
        {
            return false;
        }

        db.CalendarYears.Remove(record);
        Audit("calendar-year-reset", actor, new { year });
        await db.SaveChangesAsync(cancellationToken);
        await RefreshAsync(cancellationToken);
        return true;
    }

    public async Task RefreshAsync(CancellationToken cancellationToken) => calendar.Apply(await LoadAllAsync(cancellationToken));

    private void Audit(string action, string actor, object data) => db.AuditLog.Add(new AuditRecord
    {
        At = time.GetUtcNow(),
        Actor = actor,
        Action = action,
        Data = JsonSerializer.Serialize(data, Json),
    });

    private static IReadOnlyList<NamedDay> Days(string json) => JsonSerializer.Deserialize<List<NamedDay>>(json, Json) ?? [];
}
