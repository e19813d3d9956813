using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>DESIGN.md "Votes and thresholds": "trên 1/2" is 2*a &gt; N, "từ 2/3 trở lên" is 3*a &gt;= 2*N.</summary>
public sealed class VoteThresholdsTests
{
    [Theory]
    [InlineData(5, 10, false)] // exactly half is not more than half
    [InlineData(6, 10, true)] // half + 1
    [InlineData(4, 9, false)]
    [InlineData(5, 9, true)]
    [InlineData(1, 1, true)]
    [InlineData(0, 1, false)]
    public void More_than_half(int agree, int voters, bool expected) =>
        Assert.Equal(expected, VoteThresholds.MoreThanHalf(agree, voters));

    [Theory]
    [InlineData(6, 9, true)] // exactly two thirds
    [InlineData(5, 9, false)] // two thirds minus one
    [InlineData(7, 10, true)] // 6.67 needed: 7
    [InlineData(6, 10, false)]
    [InlineData(2, 3, true)]
    [InlineData(1, 3, false)]
    public void Two_thirds_or_more(int agree, int voters, bool expected) =>
        Assert.Equal(expected, VoteThresholds.TwoThirdsOrMore(agree, voters));

    [Theory]
    [InlineData(11, 10, "agree")]
    [InlineData(-1, 10, "agree")]
    [InlineData(0, 0, "voters")]
    [InlineData(0, -3, "voters")]
    public void Impossible_votes_are_refused_naming_the_field(int agree, int voters, string field)
    {
        Assert.Equal(field, Assert.Throws<ArgumentOutOfRangeException>(() => VoteThresholds.MoreThanHalf(agree, voters)).ParamName);
        Assert.Equal(field, Assert.Throws<ArgumentOutOfRangeException>(() => VoteThresholds.TwoThirdsOrMore(agree, voters)).ParamName);
    }
}
