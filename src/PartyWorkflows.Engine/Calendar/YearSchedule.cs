namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// The official days off and swapped working days of one year. When present it replaces
/// the computed holidays and compensatory days for that year entirely, because the
/// government's yearly notice is authoritative and often moves days around.
/// </summary>
public sealed class YearSchedule
{
    /// <param name="year">The Gregorian year the schedule covers.</param>
    /// <param name="holidays">Days off, including compensatory and swapped days; weekend days may be listed too.</param>
    /// <param name="extraWorkingDays">Saturdays or Sundays that are worked in exchange for a day off.</param>
    /// <param name="source">Where the schedule comes from (the official notice), for auditing.</param>
    /// <exception cref="ArgumentException">A day lies outside <paramref name="year"/>, an extra working day is not a weekend day or is also a holiday, or <paramref name="source"/> is blank.</exception>
    public YearSchedule(int year, IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> extraWorkingDays, string source)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, DateOnly.MinValue.Year);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, DateOnly.MaxValue.Year);
        ArgumentNullException.ThrowIfNull(holidays);
        ArgumentNullException.ThrowIfNull(extraWorkingDays);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);

        var holidayList = holidays.Distinct().Order().ToArray();
        var extraList = extraWorkingDays.Distinct().Order().ToArray();
        RequireYear(holidayList, year, nameof(holidays));
        RequireYear(extraList, year, nameof(extraWorkingDays));

        foreach (var day in extraList)
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw new ArgumentException(
                    $"Extra working day {day:yyyy-MM-dd} is a {day.DayOfWeek}; only weekend days can be swapped in.",
                    nameof(extraWorkingDays));
            }

            if (Array.BinarySearch(holidayList, day) >= 0)
            {
                throw new ArgumentException(
                    $"{day:yyyy-MM-dd} is listed both as a holiday and as an extra working day.", nameof(extraWorkingDays));
            }
        }

        Year = year;
        Holidays = holidayList;
        ExtraWorkingDays = extraList;
        Source = source;
    }

    /// <summary>The Gregorian year the schedule covers.</summary>
    public int Year { get; }

    /// <summary>Days off, sorted and distinct.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; }

    /// <summary>Weekend days that are worked, sorted and distinct.</summary>
    public IReadOnlyList<DateOnly> ExtraWorkingDays { get; }

    /// <summary>Provenance of the schedule.</summary>
    public string Source { get; }

    private static void RequireYear(DateOnly[] days, int year, string parameterName)
    {
        var index = Array.FindIndex(days, d => d.Year != year);
        if (index >= 0)
        {
            throw new ArgumentException($"{days[index]:yyyy-MM-dd} is not in {year}.", parameterName);
        }
    }
}
