using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Infrastructure.Calendar;

/// <summary>
/// The service's working-day calendar: the engine's Vietnamese calendar over the shipped schedules, with the years
/// administrators published in <c>calendar_years</c> replacing theirs. <see cref="CalendarRefresher"/> loads the table
/// at start-up and polls it, and a change on this node applies at once; readers see one consistent snapshot.
/// </summary>
public sealed class StoredWorkingDayCalendar : IWorkingDayCalendar
{
    private static readonly IReadOnlyList<YearSchedule> Shipped = VietnameseWorkingDayCalendar.LoadOfficialSchedules();

    private volatile Snapshot current = new(new Dictionary<int, StoredCalendarYear>(), new VietnameseWorkingDayCalendar(Shipped), "");

    /// <summary>The stored years currently in force, by year.</summary>
    public IReadOnlyDictionary<int, StoredCalendarYear> StoredYears => current.Stored;

    /// <summary>Whether the engine ships an official schedule of <paramref name="year"/>.</summary>
    public static bool IsShipped(int year) => Shipped.Any(s => s.Year == year);

    public bool IsWorkingDay(DateOnly day) => current.Calendar.IsWorkingDay(day);

    public DateOnly AddWorkingDays(DateOnly start, int days) => current.Calendar.AddWorkingDays(start, days);

    public int WorkingDaysBetween(DateOnly from, DateOnly to) => current.Calendar.WorkingDaysBetween(from, to);

    /// <summary>Puts <paramref name="years"/> in force; unchanged content keeps the computed years cached.</summary>
    public void Apply(IReadOnlyList<StoredCalendarYear> years)
    {
        var signature = string.Join(';', years.OrderBy(y => y.Year).Select(y => $"{y.Year}@{y.PublishedAt.UtcTicks}"));
        if (signature == current.Signature)
        {
            return;
        }

        var stored = years.ToDictionary(y => y.Year);
        var schedules = Shipped.Where(s => !stored.ContainsKey(s.Year)).Concat(years.Select(y => y.ToSchedule()));
        current = new Snapshot(stored, new VietnameseWorkingDayCalendar(schedules), signature);
    }

    private sealed record Snapshot(IReadOnlyDictionary<int, StoredCalendarYear> Stored, VietnameseWorkingDayCalendar Calendar, string Signature);
}
