using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>Seed 001 §C.II.2: "3 năm liên tục (2009 - 2011)", "05 năm liên tục (2007 - 2011)".</summary>
public sealed class ConsecutiveYearsTests
{
    [Fact]
    public void The_streak_ends_with_the_year_proposed_for()
    {
        Assert.Equal([2009, 2010, 2011], ConsecutiveYears.Ending(2011, 3));
        Assert.Equal([2007, 2008, 2009, 2010, 2011], ConsecutiveYears.Ending(2011, 5));
        Assert.Equal("2007–2011", ConsecutiveYears.Label(2011, 5));
    }

    [Fact]
    public void A_streak_has_at_least_one_year() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsecutiveYears.Ending(2011, 0));
}
