using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>Seed 001 §C.II: "phải sau 3 năm (kể từ ngày được khen)" — counted by date, complete on the anniversary.</summary>
public sealed class AwardCoolDownTests
{
    [Fact]
    public void Three_years_are_met_on_the_anniversary()
    {
        Assert.Null(AwardCoolDown.Shortfall(new DateOnly(2008, 12, 20), 3, new DateOnly(2011, 12, 20)));
        Assert.Null(AwardCoolDown.Shortfall(new DateOnly(2008, 12, 20), 3, new DateOnly(2011, 12, 21)));
    }

    [Fact]
    public void One_day_short_is_refused_with_the_first_allowed_day()
    {
        var shortfall = AwardCoolDown.Shortfall(new DateOnly(2008, 12, 20), 3, new DateOnly(2011, 12, 19));
        Assert.NotNull(shortfall);
        Assert.Contains("từ ngày 20/12/2011", shortfall, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_years_one_day_short_and_exactly_met()
    {
        Assert.NotNull(AwardCoolDown.Shortfall(new DateOnly(2006, 12, 15), 5, new DateOnly(2011, 12, 14)));
        Assert.Null(AwardCoolDown.Shortfall(new DateOnly(2006, 12, 15), 5, new DateOnly(2011, 12, 15)));
    }

    [Fact]
    public void Same_grading_year_span_is_not_enough_when_the_date_is_short()
    {
        // Awarded late in 2008, nominated early in 2011: three grading years apart (2008 → 2011) but not three years by date.
        Assert.NotNull(AwardCoolDown.Shortfall(new DateOnly(2008, 12, 20), 3, new DateOnly(2011, 1, 10)));
    }

    [Fact]
    public void An_award_on_29_February_completes_its_years_on_1_March()
    {
        Assert.Equal(new DateOnly(2015, 3, 1), AwardCoolDown.EarliestNomination(new DateOnly(2012, 2, 29), 3));
        Assert.NotNull(AwardCoolDown.Shortfall(new DateOnly(2012, 2, 29), 3, new DateOnly(2015, 2, 28)));
        Assert.Equal(new DateOnly(2016, 2, 29), AwardCoolDown.EarliestNomination(new DateOnly(2012, 2, 29), 4));
    }

    [Fact]
    public void Never_awarded_means_nothing_to_wait_for() =>
        Assert.Null(AwardCoolDown.Shortfall(null, 5, new DateOnly(2011, 12, 1)));
}
