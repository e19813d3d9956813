using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Membership.Transfers;

namespace PartyWorkflows.Membership.Tests.Transfers;

/// <summary>Quy định 294-QĐ/TW's limits on the 2026 calendar, the blocking cases, and seed 003 §1.8's residence rule.</summary>
public sealed class TransferRulesTests
{
    private static readonly IWorkingDayCalendar Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();

    [Fact]
    public void Sixty_working_days_from_a_decision_before_Tet_end_on_28_April_and_day_61_is_late()
    {
        // From 27/1/2026: the 30th working day is 16/3 (Tết 14–22/2 off); then Mar 17–20 (34), Mar 23–27 (39),
        // Mar 30–Apr 3 (44), Apr 6–10 (49), Apr 13–17 (54), Apr 20–24 (59), Mon 27/4 off for the Hùng Kings, Tue 28/4 (60).
        var decision = new DateOnly(2026, 1, 26);
        var deadline = TransferDeadlines.Start(Calendar, decision);

        Assert.Equal(new DateOnly(2026, 4, 28), deadline.LastDay);
        Assert.True(deadline.IsMetOn(Calendar.AddWorkingDays(decision, 60)));
        Assert.False(deadline.IsMetOn(Calendar.AddWorkingDays(decision, 61)));
        Assert.Equal(new DateOnly(2026, 4, 29), Calendar.AddWorkingDays(decision, 61));
        Assert.Equal(new DateTimeOffset(2026, 4, 29, 0, 0, 0, TimeSpan.FromHours(7)), deadline.PassesAt);
    }

    [Fact]
    public void Thirty_working_days_to_present_the_letter_skip_the_30_April_and_1_May_holidays()
    {
        // From 29/4/2026 (1), 30/4–3/5 off, May 4–8 (6), 11–15 (11), 18–22 (16), 25–29 (21), Jun 1–5 (26), Jun 8–11 (30).
        Assert.Equal(new DateOnly(2026, 6, 11), TransferDeadlines.Presentation(Calendar, new DateOnly(2026, 4, 28)).LastDay);
    }

    [Fact]
    public void A_member_under_inspection_is_blocked_with_the_reason()
    {
        var assessment = TransferEligibility.Assess(new TransferStanding(UnderInspection: true, ComplaintPending: false, UnderDisciplinaryReview: false));

        Assert.True(assessment.Blocked);
        Assert.Equal("Chưa chuyển sinh hoạt đảng chính thức: Đảng viên đang bị kiểm tra.", assessment.Reason);
    }

    [Fact]
    public void Every_reason_that_applies_is_given_and_a_clear_member_is_allowed()
    {
        var both = TransferEligibility.Assess(new TransferStanding(UnderInspection: true, ComplaintPending: true, UnderDisciplinaryReview: true));

        Assert.Contains("đang bị kiểm tra", both.Reason);
        Assert.Contains("xem xét kỷ luật", both.Reason);
        Assert.Contains("khiếu nại, tố cáo", both.Reason);
        Assert.Equal(TransferAssessment.Allowed, TransferEligibility.Assess(new TransferStanding(false, false, false)));
        Assert.True(TransferEligibility.Assess(new TransferStanding(false, true, false)).Blocked);
    }

    [Theory]
    [InlineData(2, TransferKind.None)]
    [InlineData(3, TransferKind.Temporary)]
    [InlineData(11, TransferKind.Temporary)]
    [InlineData(12, TransferKind.Full)]
    public void Residence_of_3_to_under_12_months_is_a_temporary_transfer_and_12_or_more_a_full_one(int months, TransferKind kind)
    {
        Assert.Equal(kind, ResidenceTransferRule.ForMonthsAway(months));
    }
}
