using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Membership.Badges;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>Not earlier than 30 working days before the round (seed 003 §1.9), on the Vietnamese calendar.</summary>
public sealed class BadgeSubmissionWindowTests
{
    private static readonly IWorkingDayCalendar Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();

    [Fact]
    public void The_window_before_the_3_February_2028_round_spans_Tet_2028_and_New_Year()
    {
        // Computed calendar for 2028: Tết Mậu Thân off Tue 25/1–Mon 31/1 (lunar new year Wed 26/1); New Year Sat 1/1
        // compensated Mon 3/1. Working days before Thu 3/2/2028: Feb 2, 1 (2); Jan 24 (3); Jan 17–21 (8); Jan 10–14
        // (13); Jan 4–7 (17); Dec 27–31 (22); Dec 20–24 (27); Dec 17, 16, 15 (30) → Wednesday 15/12/2027.
        Assert.Equal(new DateOnly(2027, 12, 15), BadgeSubmissionWindow.EarliestSubmission(Calendar, new DateOnly(2028, 2, 3)));
    }

    [Fact]
    public void The_window_before_the_3_February_2027_round_ends_before_Tet_2027_and_spans_New_Year()
    {
        // Tết Đinh Mùi (6/2/2027) falls after the round, so only New Year (Fri 1/1/2027) is skipped: working days
        // before Wed 3/2/2027: Feb 2, 1 (2); Jan 25–29 (7); 18–22 (12); 11–15 (17); 4–8 (22); Dec 28–31 (26);
        // Dec 25, 24, 23, 22 (30) → Tuesday 22/12/2026.
        Assert.Equal(new DateOnly(2026, 12, 22), BadgeSubmissionWindow.EarliestSubmission(Calendar, new DateOnly(2027, 2, 3)));
    }

    [Fact]
    public void The_window_before_the_19_May_2026_round_skips_the_April_and_May_holidays()
    {
        // Official 2026 schedule: Hùng Kings compensated Mon 27/4, 30/4–3/5 off. Working days before Tue 19/5: May 18
        // (1); 11–15 (6); 4–8 (11); Apr 28, 29 (13); 20–24 (18); 13–17 (23); 6–10 (28); Apr 3, 2 (30) → Thursday 2/4/2026.
        Assert.Equal(new DateOnly(2026, 4, 2), BadgeSubmissionWindow.EarliestSubmission(Calendar, new DateOnly(2026, 5, 19)));
    }

    [Fact]
    public void Submitting_on_the_earliest_day_is_in_time_and_the_day_before_is_too_early()
    {
        var round = new DateOnly(2028, 2, 3);
        Assert.True(BadgeSubmissionWindow.Check(Calendar, round, new DateOnly(2027, 12, 15), SubmissionExemption.None).Allowed);
        var early = BadgeSubmissionWindow.Check(Calendar, round, new DateOnly(2027, 12, 14), SubmissionExemption.None);
        Assert.False(early.Allowed);
        Assert.Contains("15/12/2027", early.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SubmissionExemption.EarlyAward)]
    [InlineData(SubmissionExemption.SpecialCase)]
    public void Early_awards_and_special_cases_are_not_bound_by_the_lead_time(SubmissionExemption exemption) =>
        Assert.True(BadgeSubmissionWindow.Check(Calendar, new DateOnly(2028, 2, 3), new DateOnly(2027, 10, 1), exemption).Allowed);
}
