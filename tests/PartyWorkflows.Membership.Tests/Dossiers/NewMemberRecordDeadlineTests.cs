using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Membership.Dossiers;

namespace PartyWorkflows.Membership.Tests.Dossiers;

/// <summary>Seed 003 §1.1: the CV and record sheet within 30 working days of the day the cell declared the admission.</summary>
public sealed class NewMemberRecordDeadlineTests
{
    private static readonly IWorkingDayCalendar Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();

    [Fact]
    public void Thirty_working_days_from_an_admission_before_Tet_2026_skip_the_official_Tet_holidays()
    {
        // From 27/1/2026: Jan 27–30 (4), Feb 2–6 (9), Feb 9–13 (14), Tết 14–22/2 off, Feb 23–27 (19), Mar 2–6 (24),
        // Mar 9–13 (29), Mon 16/3 (30).
        var deadline = NewMemberRecordDeadline.For(Calendar, new DateOnly(2026, 1, 26));

        Assert.Equal(new DateOnly(2026, 3, 16), deadline.LastDay);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.FromHours(7)), deadline.PassesAt);
        Assert.True(deadline.IsMetOn(new DateOnly(2026, 3, 16)));
        Assert.False(deadline.IsMetOn(new DateOnly(2026, 3, 17)));
    }

    [Fact]
    public void The_admission_day_itself_does_not_count()
    {
        // Admitted Friday 6/3/2026: the first working day is Monday 9/3; six weeks of five days end Friday 17/4.
        Assert.Equal(new DateOnly(2026, 4, 17), NewMemberRecordDeadline.For(Calendar, new DateOnly(2026, 3, 6)).LastDay);
    }

    [Fact]
    public void Thirty_working_days_across_Tet_2027_are_longer_than_six_calendar_weeks()
    {
        // 2027 has no official schedule: the computed default takes the last day of the lunar year and 1–4 Giêng
        // (5–9/2/2027, Friday to Tuesday) plus compensatory days for the weekend.
        var admitted = new DateOnly(2027, 1, 25);
        var deadline = NewMemberRecordDeadline.For(Calendar, admitted);

        Assert.False(Calendar.IsWorkingDay(new DateOnly(2027, 2, 5)));
        Assert.False(Calendar.IsWorkingDay(new DateOnly(2027, 2, 9)));
        Assert.Equal(30, Calendar.WorkingDaysBetween(admitted, deadline.LastDay));
        Assert.True(Calendar.IsWorkingDay(deadline.LastDay));
        Assert.True(deadline.LastDay > admitted.AddDays(42), $"{deadline.LastDay} should be after six weeks because of Tết.");
    }

    [Fact]
    public void Reminders_go_out_ten_and_five_working_days_before_the_last_day()
    {
        var reminders = NewMemberRecordDeadline.ReminderDays(Calendar, new DateOnly(2026, 1, 26));

        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9)], reminders);
    }
}
