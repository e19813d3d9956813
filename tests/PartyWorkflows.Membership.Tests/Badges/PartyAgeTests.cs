using PartyWorkflows.Membership.Badges;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>Party age and milestones (seed 000 §VI.1).</summary>
public sealed class PartyAgeTests
{
    [Theory]
    [InlineData("1996-02-03", "2026-02-02", 29)]
    [InlineData("1996-02-03", "2026-02-03", 30)]
    [InlineData("1996-02-03", "2026-02-04", 30)]
    [InlineData("1996-02-03", "1990-01-01", 0)]
    public void Completed_years_turn_over_on_the_anniversary(string countsFrom, string on, int expected) =>
        Assert.Equal(expected, PartyAge.CompletedYears(DateOnly.Parse(countsFrom), DateOnly.Parse(on)));

    [Fact]
    public void The_milestones_are_the_twelve_of_the_seed()
    {
        Assert.Equal([30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90], BadgeMilestones.Years);
        Assert.False(BadgeMilestones.IsMilestone(35));
        Assert.Throws<ArgumentOutOfRangeException>(() => BadgeAwardRounds.ForMilestone(new DateOnly(1990, 1, 1), 35));
    }
}
