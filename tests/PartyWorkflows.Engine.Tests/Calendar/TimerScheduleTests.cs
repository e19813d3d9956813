using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Engine.Tests.Calendar;

public class TimerScheduleTests
{
    private static readonly VietnameseWorkingDayCalendar Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static readonly DateTimeOffset Now = new(2026, 2, 10, 9, 0, 0, Vietnam);

    [Theory]
    [InlineData("2026-03-02T08:00:00+07:00", "2026-03-02T01:00:00Z")]
    [InlineData("2026-03-02T08:00:00Z", "2026-03-02T08:00:00Z")]
    [InlineData("2026-03-02T08:00:00.250-0500", "2026-03-02T13:00:00.25Z")]
    [InlineData("2026-03-02T08:00:00", "2026-03-02T01:00:00Z")] // no offset: Vietnam time
    [InlineData("2026-03-02T08:00", "2026-03-02T01:00:00Z")]
    [InlineData("2026-03-02", "2026-03-01T17:00:00Z")]
    [InlineData("2020-01-01T00:00:00+07:00", "2019-12-31T17:00:00Z")] // overdue is still a due date
    public void Date_timers(string value, string expectedUtc)
    {
        Assert.True(TimerSchedule.TryFirstDue(TimerDefinitionKind.Date, value, Now, Calendar, out var due, out var error), error);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-02-30T08:00:00+07:00")]
    [InlineData("2026-03-02T08:00:00+15:00")]
    [InlineData("")]
    public void Invalid_dates_are_rejected(string value)
    {
        Assert.False(TimerSchedule.TryFirstDue(TimerDefinitionKind.Date, value, Now, null, out _, out var error));
        Assert.Contains("ISO 8601 date-time", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_timer_counts_working_days_across_Tet()
    {
        Assert.True(TimerSchedule.TryFirstDue(TimerDefinitionKind.Duration, "P5D", Now, Calendar, out var due, out _));
        Assert.Equal(new DateTimeOffset(2026, 2, 25, 0, 0, 0, Vietnam), due); // when Tue 24/2, the fifth working day, ends

        Assert.True(TimerSchedule.TryFirstDue(TimerDefinitionKind.Duration, "P5D", Now, null, out due, out _));
        Assert.Equal(new DateTimeOffset(2026, 2, 15, 9, 0, 0, Vietnam), due);
    }

    [Fact]
    public void Invalid_duration_reports_the_reason()
    {
        Assert.False(TimerSchedule.TryFirstDue(TimerDefinitionKind.Duration, "-P5D", Now, Calendar, out _, out var error));
        Assert.Contains("negative", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_beyond_the_supported_years_is_rejected()
    {
        Assert.False(TimerSchedule.TryFirstDue(TimerDefinitionKind.Duration, "P2000000D", Now, Calendar, out _, out var error));
        Assert.Contains("supported range", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycle_without_start_is_first_due_one_period_from_now()
    {
        Assert.True(TimerSchedule.TryFirstDue(TimerDefinitionKind.Cycle, "R3/P1D", Now, Calendar, out var due, out _));
        Assert.Equal(new DateTimeOffset(2026, 2, 12, 0, 0, 0, Vietnam), due); // the end of Wed 11/2

        var cycle = IsoRepeatingInterval.Parse("R3/P1D");
        var second = TimerSchedule.NextDue(cycle, due, Calendar);
        var third = TimerSchedule.NextDue(cycle, second, Calendar);
        var fourth = TimerSchedule.NextDue(cycle, third, Calendar);

        Assert.Equal(new DateTimeOffset(2026, 2, 13, 0, 0, 0, Vietnam), second);
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 0, 0, 0, Vietnam), third);
        Assert.Equal(new DateTimeOffset(2026, 2, 24, 0, 0, 0, Vietnam), fourth); // Tết 14–22/2: the next working day is Mon 23/2
    }

    [Fact]
    public void Cycle_with_future_start_is_due_at_the_start()
    {
        Assert.True(TimerSchedule.TryFirstDue(
            TimerDefinitionKind.Cycle, "R2/2026-03-01T08:00:00+07:00/P1D", Now, null, out var due, out _));
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 8, 0, 0, Vietnam), due);
    }

    [Fact]
    public void Cycle_with_past_start_catches_up_to_now()
    {
        Assert.True(TimerSchedule.TryFirstDue(
            TimerDefinitionKind.Cycle, "R/2026-01-01T08:00:00+07:00/P1D", Now, null, out var due, out _));
        Assert.Equal(new DateTimeOffset(2026, 2, 11, 8, 0, 0, Vietnam), due);
    }

    [Fact]
    public void Cycle_whose_repetitions_all_passed_is_rejected()
    {
        Assert.False(TimerSchedule.TryFirstDue(
            TimerDefinitionKind.Cycle, "R3/2026-01-01T08:00:00+07:00/P1D", Now, null, out _, out var error));
        Assert.Contains("all its repetitions", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cycle_starting_too_far_back_is_rejected()
    {
        Assert.False(TimerSchedule.TryFirstDue(
            TimerDefinitionKind.Cycle, "R/2000-01-01T00:00:00Z/PT1S", Now, null, out _, out var error));
        Assert.Contains("too far in the past", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_cycle_reports_the_reason()
    {
        Assert.False(TimerSchedule.TryFirstDue(TimerDefinitionKind.Cycle, "R0/P1D", Now, null, out _, out var error));
        Assert.Contains("repetition count", error, StringComparison.Ordinal);
    }
}
