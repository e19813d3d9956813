using PartyWorkflows.Membership.Badges;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>The round a milestone is awarded at: the first of 3/2, 19/5, 2/9, 7/11 on or after it (seed 000 §VI.1, §VI.5).</summary>
public sealed class BadgeAwardRoundsTests
{
    [Theory]
    [InlineData("1996-02-02", "2026-02-03")] // reached the day before the round: that round
    [InlineData("1996-02-03", "2026-02-03")] // reached on the round day: that round
    [InlineData("1996-02-04", "2026-05-19")] // reached the day after: the next round
    [InlineData("1996-09-02", "2026-09-02")]
    [InlineData("1996-11-08", "2027-02-03")] // after the last round of the year: 3/2 of the next year
    public void A_thirty_year_milestone_is_awarded_at_the_first_round_on_or_after_it(string admitted, string round) =>
        Assert.Equal(DateOnly.Parse(round), BadgeAwardRounds.ForMilestone(DateOnly.Parse(admitted), 30));

    [Fact]
    public void The_rounds_of_a_year_are_the_four_anniversaries()
    {
        Assert.Equal(
            [new DateOnly(2026, 2, 3), new DateOnly(2026, 5, 19), new DateOnly(2026, 9, 2), new DateOnly(2026, 11, 7)],
            BadgeAwardRounds.Of(2026));
        Assert.True(BadgeAwardRounds.IsRound(new DateOnly(2030, 11, 7)));
        Assert.False(BadgeAwardRounds.IsRound(new DateOnly(2030, 11, 8)));
    }
}
