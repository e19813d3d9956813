using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Engine.Tests.Calendar;

public class VietnameseWorkingDayCalendarTests
{
    private static readonly VietnameseWorkingDayCalendar Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Official_2026_schedule_is_embedded()
    {
        var schedule = Assert.Single(VietnameseWorkingDayCalendar.LoadOfficialSchedules(), s => s.Year == 2026);

        Assert.Equal([D("2026-01-10")], schedule.ExtraWorkingDays);
        Assert.Contains("pending the official notice", schedule.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-01", false)] // New Year, Thursday
    [InlineData("2026-01-02", false)] // Friday swapped off
    [InlineData("2026-01-05", true)]
    [InlineData("2026-01-10", true)] // Saturday worked in exchange
    [InlineData("2026-01-11", false)]
    [InlineData("2026-02-13", true)] // Friday before Tết
    [InlineData("2026-02-16", false)] // 29 Tết
    [InlineData("2026-02-20", false)] // mùng 4
    [InlineData("2026-02-23", true)] // back to work
    [InlineData("2026-04-27", false)] // Hùng Kings fell on Sunday 26/4
    [InlineData("2026-04-28", true)]
    [InlineData("2026-04-30", false)]
    [InlineData("2026-05-01", false)]
    [InlineData("2026-05-04", true)]
    [InlineData("2026-09-01", false)]
    [InlineData("2026-09-02", false)]
    [InlineData("2026-09-03", true)]
    public void Official_2026_schedule(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));

    [Fact]
    public void Adding_working_days_skips_Tet_2026()
    {
        // Wed 11, Thu 12, Fri 13 Feb; 14–22 Feb off; Mon 23, Tue 24 Feb.
        Assert.Equal(D("2026-02-24"), Calendar.AddWorkingDays(D("2026-02-10"), 5));
        Assert.Equal(D("2026-02-10"), Calendar.AddWorkingDays(D("2026-02-24"), -5));
    }

    [Fact]
    public void Thirty_working_days_spanning_Tet_2026()
    {
        // After Mon 2/2: 4 days to Fri 6/2, 5 to Fri 13/2 (9), Tết, then 23/2–20/3 is 4 weeks (29), Mon 23/3 (30).
        var deadline = Calendar.AddWorkingDays(D("2026-02-02"), 30);

        Assert.Equal(D("2026-03-23"), deadline);
        Assert.Equal(30, Calendar.WorkingDaysBetween(D("2026-02-02"), deadline));
    }

    [Fact]
    public void Swapped_Saturday_counts_as_a_working_day()
    {
        // After Wed 31/12/2025: Mon 5 … Fri 9 Jan, then Saturday 10 Jan.
        Assert.Equal(D("2026-01-10"), Calendar.AddWorkingDays(D("2025-12-31"), 6));
    }

    [Theory]
    [InlineData("2026-02-10", "2026-02-10", 0)]
    [InlineData("2026-02-10", "2026-02-11", 1)]
    [InlineData("2026-02-13", "2026-02-22", 0)] // the whole Tết break
    [InlineData("2026-02-13", "2026-02-23", 1)]
    [InlineData("2026-02-23", "2026-02-13", -1)] // backwards counts 13/2 itself but not 23/2
    [InlineData("2026-02-17", "2026-02-13", -1)]
    [InlineData("2026-04-24", "2026-05-04", 3)] // Tue 28, Wed 29 Apr, Mon 4 May
    [InlineData("2025-12-31", "2027-01-01", 250)]
    public void Working_days_between(string from, string to, int expected) =>
        Assert.Equal(expected, Calendar.WorkingDaysBetween(D(from), D(to)));

    [Theory]
    [InlineData("2027-01-01", false)] // New Year, Friday
    [InlineData("2027-02-04", true)]
    [InlineData("2027-02-05", false)] // last day of the lunar year
    [InlineData("2027-02-09", false)] // mùng 4
    [InlineData("2027-02-10", false)] // compensates Tết on Saturday 6/2
    [InlineData("2027-02-11", false)] // compensates Tết on Sunday 7/2
    [InlineData("2027-02-12", true)]
    [InlineData("2027-04-16", false)] // Hùng Kings, 10/3 lunar
    [InlineData("2027-04-30", false)]
    [InlineData("2027-05-03", false)] // compensates 1/5 on Saturday
    [InlineData("2027-05-04", true)]
    [InlineData("2027-09-01", true)]
    [InlineData("2027-09-02", false)] // Thursday
    [InlineData("2027-09-03", false)] // the adjacent Friday bridges to the weekend
    public void Computed_2027_default(string day, bool working) =>
        Assert.Equal(working, Calendar.IsWorkingDay(D(day)));

    [Fact]
    public void Override_replaces_the_computed_year()
    {
        var schedule = new YearSchedule(2027, [D("2027-01-01")], [D("2027-01-09")], "test");
        var calendar = new VietnameseWorkingDayCalendar([schedule]);

        Assert.True(calendar.IsWorkingDay(D("2027-02-10")));
        Assert.True(calendar.IsWorkingDay(D("2027-01-09")));
        Assert.False(calendar.IsWorkingDay(D("2027-01-01")));
        Assert.False(calendar.IsWorkingDay(D("2026-02-17"))); // 2026 still computed
    }

    [Fact]
    public void Zero_days_returns_the_start_even_on_a_holiday() =>
        Assert.Equal(D("2026-02-17"), Calendar.AddWorkingDays(D("2026-02-17"), 0));

    [Fact]
    public void Working_days_between_inverts_adding_them()
    {
        var random = new Random(20260217);
        for (var i = 0; i < 5000; i++)
        {
            var start = new DateOnly(2024, 1, 1).AddDays(random.Next(0, 5 * 366));
            var days = random.Next(-400, 401);

            var end = Calendar.AddWorkingDays(start, days);

            Assert.Equal(days, Calendar.WorkingDaysBetween(start, end));
            Assert.True(days == 0 || Calendar.IsWorkingDay(end), $"{start} + {days} landed on {end}");
        }
    }

    [Fact]
    public void Adding_working_days_matches_stepping_day_by_day()
    {
        var start = new DateOnly(2025, 11, 3);
        var day = start;
        for (var n = 1; n <= 600; n++)
        {
            do
            {
                day = day.AddDays(1);
            }
            while (!Calendar.IsWorkingDay(day));

            Assert.Equal(day, Calendar.AddWorkingDays(start, n));
        }
    }

    [Fact]
    public void Concurrent_first_use_agrees()
    {
        var calendar = new VietnameseWorkingDayCalendar([]);
        var results = new DateOnly[64];
        Parallel.For(0, results.Length, i => results[i] = calendar.AddWorkingDays(new DateOnly(2030, 1, 1), 2000));

        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    [Fact]
    public void Thirty_working_days_cost_well_under_a_microsecond_per_day()
    {
        var start = new DateOnly(2026, 2, 2);
        Calendar.AddWorkingDays(start, 30);
        const int iterations = 20_000;

        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            Calendar.AddWorkingDays(start.AddDays(i % 300), 30);
        }

        // Generous bound so a loaded CI machine does not flake; typical cost is tens of ns per day.
        Assert.True(watch.Elapsed.TotalMicroseconds / iterations / 30 < 1.0, $"{watch.Elapsed} for {iterations} calls");
    }

    [Fact]
    public void Duplicate_years_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new VietnameseWorkingDayCalendar(
        [
            new YearSchedule(2027, [], [], "a"),
            new YearSchedule(2027, [], [], "b"),
        ]));
}
