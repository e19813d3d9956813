using PartyWorkflows.Membership.Badges;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>Posthumous award on the family's declaration (seed 000 §VI.1; the 12-month allowance is issue 4's).</summary>
public sealed class PosthumousAwardRuleTests
{
    [Fact]
    public void A_member_who_had_the_party_age_at_death_qualifies()
    {
        Assert.True(PosthumousAwardRule.Check(new DateOnly(1976, 3, 1), 50, new DateOnly(2026, 3, 1)).Allowed);
    }

    [Fact]
    public void Up_to_twelve_months_short_at_death_qualifies_and_a_day_more_does_not()
    {
        // 50 years on 1/3/2027.
        Assert.True(PosthumousAwardRule.Check(new DateOnly(1977, 3, 1), 50, new DateOnly(2026, 3, 1)).Allowed);
        var outcome = PosthumousAwardRule.Check(new DateOnly(1977, 3, 1), 50, new DateOnly(2026, 2, 28));
        Assert.False(outcome.Allowed);
        Assert.Contains("truy tặng", outcome.Reason, StringComparison.Ordinal);
    }
}
