using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Membership.Tests.Cards;

/// <summary>
/// Seed 003_8ecac7def258469f.txt §1.9: "xử lý nghiêm đảng viên để mất thẻ nhiều lần mà không có lý do chính đáng";
/// "nhiều lần" read as the second loss without a good reason.
/// </summary>
public sealed class RepeatedLossRuleTests
{
    private static CardLoss Unexcused(int year, int month, int day) => new(new DateOnly(year, month, day), ReasonAccepted: false);

    private static CardLoss Excused(int year, int month, int day) => new(new DateOnly(year, month, day), ReasonAccepted: true);

    [Fact]
    public void No_loss_on_record_is_not_flagged()
    {
        var assessment = RepeatedLossRule.Assess([]);

        Assert.False(assessment.FlaggedForScreening);
        Assert.Empty(assessment.LossesWithoutGoodReason);
        Assert.Null(assessment.FlaggedSince);
    }

    [Fact]
    public void A_single_loss_without_good_reason_is_not_yet_many_times()
    {
        var assessment = RepeatedLossRule.Assess([Unexcused(2024, 5, 10)]);

        Assert.False(assessment.FlaggedForScreening);
        Assert.Single(assessment.LossesWithoutGoodReason);
    }

    [Fact]
    public void The_second_loss_without_good_reason_flags_the_member_from_its_day()
    {
        var assessment = RepeatedLossRule.Assess([Unexcused(2022, 1, 3), Unexcused(2025, 11, 20)]);

        Assert.True(assessment.FlaggedForScreening);
        Assert.Equal(new DateOnly(2025, 11, 20), assessment.FlaggedSince);
        Assert.Contains("lần thứ 2 ngày 20/11/2025", assessment.Explanation);
    }

    [Fact]
    public void Losses_with_an_accepted_reason_never_count_however_many()
    {
        var assessment = RepeatedLossRule.Assess([Excused(2020, 2, 1), Excused(2021, 3, 1), Excused(2022, 4, 1), Unexcused(2023, 5, 1)]);

        Assert.False(assessment.FlaggedForScreening);
        Assert.Equal([Unexcused(2023, 5, 1)], assessment.LossesWithoutGoodReason);
        Assert.Contains("1 lần", assessment.Explanation);
    }

    [Fact]
    public void History_out_of_order_is_read_by_date_and_old_losses_still_count()
    {
        var assessment = RepeatedLossRule.Assess([Unexcused(2026, 3, 2), Excused(2010, 1, 1), Unexcused(2001, 7, 15), Unexcused(2015, 9, 9)]);

        Assert.True(assessment.FlaggedForScreening);
        Assert.Equal([Unexcused(2001, 7, 15), Unexcused(2015, 9, 9), Unexcused(2026, 3, 2)], assessment.LossesWithoutGoodReason);
        Assert.Equal(new DateOnly(2015, 9, 9), assessment.FlaggedSince);
    }

    [Fact]
    public void Two_losses_without_good_reason_on_the_same_day_are_two_losses()
    {
        var assessment = RepeatedLossRule.Assess([Unexcused(2025, 6, 1), Unexcused(2025, 6, 1)]);

        Assert.True(assessment.FlaggedForScreening);
        Assert.Equal(new DateOnly(2025, 6, 1), assessment.FlaggedSince);
    }
}
