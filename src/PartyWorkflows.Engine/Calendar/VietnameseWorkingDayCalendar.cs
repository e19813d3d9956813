using System.Collections.Concurrent;

namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// Vietnamese public-sector working days: Monday–Friday less the Labour Code 2019 art. 112
/// holidays and compensatory days, or, for years with an official <see cref="YearSchedule"/>,
/// exactly what that schedule says. Each year is computed once and cached; thread-safe.
/// </summary>
public sealed class VietnameseWorkingDayCalendar : IWorkingDayCalendar
{
    private const string ScheduleResourcePrefix = "PartyWorkflows.Engine.Calendar.Schedules.";

    private readonly Dictionary<int, YearSchedule> schedules;
    private readonly ConcurrentDictionary<int, WorkingDayYear> years = new();

    /// <param name="overrides">Official schedules that replace the computed default of their year.</param>
    /// <exception cref="ArgumentException">Two schedules cover the same year.</exception>
    public VietnameseWorkingDayCalendar(IEnumerable<YearSchedule> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        schedules = [];
        foreach (var schedule in overrides)
        {
            if (!schedules.TryAdd(schedule.Year, schedule))
            {
                throw new ArgumentException($"More than one schedule for {schedule.Year}.", nameof(overrides));
            }
        }
    }

    /// <summary>A calendar using the official schedules shipped with the engine.</summary>
    public static VietnameseWorkingDayCalendar WithOfficialSchedules() => new(LoadOfficialSchedules());

    /// <summary>The official schedules shipped with the engine (embedded Calendar/Schedules/*.json).</summary>
    public static IReadOnlyList<YearSchedule> LoadOfficialSchedules()
    {
        var assembly = typeof(VietnameseWorkingDayCalendar).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ScheduleResourcePrefix, StringComparison.Ordinal)
                && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return YearScheduleJson.Parse(reader.ReadToEnd());
            })
            .ToArray();
    }

    /// <inheritdoc />
    public bool IsWorkingDay(DateOnly day) => GetYear(day.Year).IsWorkingDay(day);

    /// <inheritdoc />
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        if (days == 0)
        {
            return start;
        }

        // long, so that -int.MinValue does not overflow.
        var remaining = Math.Abs((long)days);
        return days > 0 ? Forward(start.AddDays(1), remaining) : Backward(start.AddDays(-1), remaining);
    }

    /// <inheritdoc />
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return 0;
        }

        return to > from ? CountWorkingDays(from.AddDays(1), to) : -CountWorkingDays(to, from.AddDays(-1));
    }

    /// <summary>Working days in [<paramref name="first"/>, <paramref name="last"/>], a year at a time.</summary>
    private int CountWorkingDays(DateOnly first, DateOnly last)
    {
        var count = 0;
        while (true)
        {
            var year = GetYear(first.Year);
            if (last <= year.LastDay)
            {
                return count + year.CountWorkingDays(first, last);
            }

            count += year.CountWorkingDays(first, year.LastDay);
            first = year.LastDay.AddDays(1);
        }
    }

    /// <summary>The <paramref name="remaining"/>-th working day on or after <paramref name="day"/>.</summary>
    private DateOnly Forward(DateOnly day, long remaining)
    {
        while (true)
        {
            var year = GetYear(day.Year);

            // Skip whole years by count so huge offsets stay cheap.
            var available = year.CountWorkingDays(day, year.LastDay);
            if (remaining > available)
            {
                remaining -= available;
                day = year.LastDay.AddDays(1);
                continue;
            }

            for (; ; day = day.AddDays(1))
            {
                if (year.IsWorkingDay(day) && --remaining == 0)
                {
                    return day;
                }
            }
        }
    }

    /// <summary>The <paramref name="remaining"/>-th working day on or before <paramref name="day"/>.</summary>
    private DateOnly Backward(DateOnly day, long remaining)
    {
        while (true)
        {
            var year = GetYear(day.Year);
            var available = year.CountWorkingDays(year.FirstDay, day);
            if (remaining > available)
            {
                remaining -= available;
                day = year.FirstDay.AddDays(-1);
                continue;
            }

            for (; ; day = day.AddDays(-1))
            {
                if (year.IsWorkingDay(day) && --remaining == 0)
                {
                    return day;
                }
            }
        }
    }

    private WorkingDayYear GetYear(int year) =>
        years.GetOrAdd(year, static (y, self) => self.BuildYear(y), this);

    private WorkingDayYear BuildYear(int year) =>
        schedules.TryGetValue(year, out var schedule)
            ? WorkingDayYear.Create(year, schedule.Holidays, schedule.ExtraWorkingDays)
            : WorkingDayYear.Create(year, VietnameseHolidayRules.DaysOff(year), []);
}
