using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Engine.Tests.Calendar;

public class LunarCalendarTests
{
    [Theory]
    [InlineData(1985, "1985-01-21")] // a month before China's: the UTC+7 meridian matters
    [InlineData(2007, "2007-02-17")] // a day before China's
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void Tet_falls_on_the_known_date(int lunarYear, string expected)
    {
        var tet = DateOnly.Parse(expected);

        Assert.Equal(tet, LunarCalendar.ToSolar(lunarYear, 1, 1));
        Assert.Equal(new LunarDate(lunarYear, 1, 1, false), LunarCalendar.FromSolar(tet));
    }

    [Theory]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_falls_on_the_known_date(int lunarYear, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.ToSolar(lunarYear, 3, 10));

    [Theory]
    [InlineData(2023, 2, "2023-02-20", "2023-03-22")]
    [InlineData(2025, 6, "2025-06-25", "2025-07-25")]
    public void Leap_month_follows_the_regular_month(int year, int month, string regularStart, string leapStart)
    {
        Assert.Equal(DateOnly.Parse(regularStart), LunarCalendar.ToSolar(year, month, 1));
        Assert.Equal(DateOnly.Parse(leapStart), LunarCalendar.ToSolar(year, month, 1, leapMonth: true));
        Assert.Equal(new LunarDate(year, month, 1, true), LunarCalendar.FromSolar(DateOnly.Parse(leapStart)));
        var nextMonthStart = LunarCalendar.ToSolar(year, month + 1, 1);
        Assert.InRange(nextMonthStart.DayNumber - DateOnly.Parse(leapStart).DayNumber, 29, 30);
    }

    [Fact]
    public void Leap_flag_for_a_month_that_is_not_leap_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(2025, 5, 1, leapMonth: true));
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(2024, 5, 1, leapMonth: true));
    }

    [Fact]
    public void Day_30_of_a_short_month_is_rejected()
    {
        // Lunar 12/2025 (Ất Tỵ) is short: Tết 2026 follows its 29th day, 2026-02-16.
        Assert.Equal(new LunarDate(2025, 12, 29, false), LunarCalendar.FromSolar(new DateOnly(2026, 2, 16)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(2025, 12, 30));
    }

    [Fact]
    public void Every_day_round_trips_through_the_lunar_calendar()
    {
        for (var day = new DateOnly(2000, 1, 1); day <= new DateOnly(2040, 12, 31); day = day.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(day);
            Assert.Equal(day, LunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
        }
    }

    [Fact]
    public void Years_outside_the_supported_range_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.FromSolar(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(2200, 1, 1));
    }
}
