using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>Seed 001_29955938909379e1.txt §V: "trước ngày 31/12", "trước ngày 15.01", "trước ngày 20/01".</summary>
public sealed class GradingTimetableTests
{
    [Fact]
    public void Each_deadline_is_the_day_before_the_date_the_seed_names()
    {
        var timetable = GradingTimetable.For(2026);

        Assert.Equal(new DateOnly(2026, 12, 30), timetable.ReportedBy);
        Assert.Equal(new DateOnly(2027, 1, 14), timetable.ConferencesBy);
        Assert.Equal(new DateOnly(2027, 1, 19), timetable.AppraisedBy);
    }
}
