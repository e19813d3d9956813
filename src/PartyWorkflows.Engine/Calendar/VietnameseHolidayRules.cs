namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// Computed default days off under Labour Code 2019 art. 112, used for years without an
/// official schedule.
/// </summary>
internal static class VietnameseHolidayRules
{
    /// <summary>Public holidays of <paramref name="year"/> plus compensatory days for those falling on a weekend.</summary>
    public static IReadOnlyCollection<DateOnly> DaysOff(int year)
    {
        var holidays = new SortedSet<DateOnly> { new(year, 1, 1) };

        // Tết: the last day of the old lunar year and lunar 1/1..4/1 (art. 112 leaves the
        // exact five days to the Prime Minister; this is the usual choice).
        var tet = LunarCalendar.ToSolar(year, 1, 1);
        for (var i = -1; i <= 3; i++)
        {
            holidays.Add(tet.AddDays(i));
        }

        holidays.Add(LunarCalendar.ToSolar(year, 3, 10));
        holidays.Add(new DateOnly(year, 4, 30));
        holidays.Add(new DateOnly(year, 5, 1));
        holidays.Add(new DateOnly(year, 9, 2));
        holidays.Add(NationalDayAdjacentDay(year));

        // Art. 112(3): each holiday on a weekly rest day moves to the next working day.
        var compensatory = new SortedSet<DateOnly>();
        foreach (var holiday in holidays.Where(IsWeekend))
        {
            var day = holiday.AddDays(1);
            while (IsWeekend(day) || holidays.Contains(day) || compensatory.Contains(day))
            {
                day = day.AddDays(1);
            }

            compensatory.Add(day);
        }

        holidays.UnionWith(compensatory.Where(d => d.Year == year));
        return holidays;
    }

    /// <summary>
    /// The extra National Day holiday: whichever of 1/9 and 3/9 is a weekday touching a weekend
    /// (making a long weekend), else 1/9 as in recent official schedules.
    /// </summary>
    private static DateOnly NationalDayAdjacentDay(int year)
    {
        var before = new DateOnly(year, 9, 1);
        var after = new DateOnly(year, 9, 3);
        if (before.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Friday)
        {
            return before;
        }

        return after.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Friday ? after : before;
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
