using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Engine.Tests.Calendar;

public class IsoDurationTests
{
    private static readonly VietnameseWorkingDayCalendar Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Theory]
    [InlineData("P1Y2M3W4DT5H6M7.5S")]
    [InlineData("P30D")]
    [InlineData("P2W")]
    [InlineData("PT1H")]
    [InlineData("PT90M")]
    [InlineData("PT0.25S")]
    [InlineData("P1YT1S")]
    [InlineData("PT0S")]
    public void Canonical_values_round_trip(string value) =>
        Assert.Equal(value, IsoDuration.Parse(value).ToString());

    [Fact]
    public void Parses_components()
    {
        Assert.Equal(new IsoDuration(1, 2, 3, 4, 5, 6, 7.5m), IsoDuration.Parse("P1Y2M3W4DT5H6M7.5S"));
        Assert.Equal(new IsoDuration(minutes: 5), IsoDuration.Parse("  PT5M "));
        Assert.Equal(new IsoDuration(seconds: 1.5m), IsoDuration.Parse("PT1,5S"));
        Assert.Equal(new IsoDuration(months: 1), IsoDuration.Parse("P1M"));
    }

    [Theory]
    [InlineData("P0D", "PT0S")]
    [InlineData("PT1.50S", "PT1.5S")]
    [InlineData("P01D", "P1D")]
    public void Non_canonical_values_round_trip_to_an_equal_value(string value, string canonical)
    {
        var parsed = IsoDuration.Parse(value);

        Assert.Equal(canonical, parsed.ToString());
        Assert.Equal(parsed, IsoDuration.Parse(parsed.ToString()));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("P", "at least one component")]
    [InlineData("PT", "'T' must be followed")]
    [InlineData("P1DT", "'T' must be followed")]
    [InlineData("-P1D", "negative")]
    [InlineData("P-1D", "negative")]
    [InlineData("5D", "must start with 'P'")]
    [InlineData("p1d", "must start with 'P'")]
    [InlineData("P1", "no unit designator")]
    [InlineData("P1H", "not a date")]
    [InlineData("PT1D", "not a time")]
    [InlineData("P1D1Y", "out of order")]
    [InlineData("P1D2D", "out of order")]
    [InlineData("PT1HT1M", "'T' appears twice")]
    [InlineData("P1.5D", "only the seconds")]
    [InlineData("PT1.S", "followed by digits")]
    [InlineData("P99999999999D", "too large")]
    [InlineData("P1D garbage", "unexpected ' '")]
    public void Rejects_with_a_reason(string value, string reason)
    {
        Assert.False(IsoDuration.TryParse(value, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Equal(error, Assert.Throws<FormatException>(() => IsoDuration.Parse(value)).Message);
    }

    [Fact]
    public void Negative_components_cannot_be_constructed() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoDuration(days: -1));

    [Fact]
    public void Without_a_calendar_days_are_calendar_days()
    {
        var start = new DateTimeOffset(2026, 2, 13, 9, 30, 0, Vietnam);

        Assert.Equal(new DateTimeOffset(2026, 2, 18, 9, 30, 0, Vietnam), IsoDuration.Parse("P5D").AddTo(start, null));
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 9, 30, 0, Vietnam), IsoDuration.Parse("P2W").AddTo(start, null));
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 11, 0, 1, Vietnam), IsoDuration.Parse("P1Y1M1DT1H30M1S").AddTo(start, null));
    }

    [Fact]
    public void Working_days_skip_Tet_2026_and_whole_days_end_with_the_last_day()
    {
        // Tue 10/2 09:30: Wed 11, Thu 12, Fri 13, then Tết 14–22/2, Mon 23, Tue 24 — over when Tue 24 ends.
        var start = new DateTimeOffset(2026, 2, 10, 9, 30, 0, Vietnam);

        Assert.Equal(new DateTimeOffset(2026, 2, 25, 0, 0, 0, Vietnam), IsoDuration.Parse("P5D").AddTo(start, Calendar));
        Assert.Equal(new DateTimeOffset(2026, 2, 25, 0, 0, 0, Vietnam), IsoDuration.Parse("P1W").AddTo(start, Calendar));
        // With a time part the time of day is kept: Mon 23/2 09:30 + 2 hours.
        Assert.Equal(new DateTimeOffset(2026, 2, 23, 11, 30, 0, Vietnam), IsoDuration.Parse("P4DT2H").AddTo(start, Calendar));
    }

    [Fact]
    public void Working_days_use_the_Vietnam_date_of_the_start()
    {
        // 17:30 UTC on Fri 13/2 is already Sat 14/2 00:30 in Vietnam, so the first working day is 23/2.
        var start = new DateTimeOffset(2026, 2, 13, 17, 30, 0, TimeSpan.Zero);

        var due = IsoDuration.Parse("P1D").AddTo(start, Calendar);

        Assert.Equal(new DateTimeOffset(2026, 2, 24, 0, 0, 0, Vietnam), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void Thirty_working_days_across_Tet() =>
        Assert.Equal(
            new DateTimeOffset(2026, 3, 24, 0, 0, 0, Vietnam),
            IsoDuration.Parse("P30D").AddTo(new DateTimeOffset(2026, 2, 2, 8, 0, 0, Vietnam), Calendar));

    [Fact]
    public void Time_only_durations_ignore_the_calendar()
    {
        var start = new DateTimeOffset(2026, 2, 13, 16, 0, 0, Vietnam);

        Assert.Equal(start.AddHours(10), IsoDuration.Parse("PT10H").AddTo(start, Calendar));
    }
}
