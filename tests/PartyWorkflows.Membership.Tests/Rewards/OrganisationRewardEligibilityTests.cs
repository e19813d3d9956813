using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>Seed 001 §C.I–II.1: streaks of exemplary clean-and-strong years, 95 points, more than 90 % good, registration, cool-down.</summary>
public sealed class OrganisationRewardEligibilityTests
{
    private static OrganisationRewardYear Good(int year) => new(year, true, 96m, 20, 19, 0);

    private static OrganisationRewardFacts Facts(IEnumerable<OrganisationRewardYear> years, bool registered = true, DateOnly? lastProvinceAward = null) =>
        new(2011, years.ToList(), registered, new DateOnly(2011, 12, 20), lastProvinceAward);

    private static OrganisationRewardFacts Streak(int from, int to, bool registered = true, DateOnly? lastProvinceAward = null) =>
        Facts(Enumerable.Range(from, to - from + 1).Select(Good), registered, lastProvinceAward);

    [Fact]
    public void Exactly_three_exemplary_years_earn_the_cell_certificate() =>
        Assert.True(OrganisationRewardEligibility.CellCertificate(Streak(2009, 2011)).Allowed);

    [Fact]
    public void Two_years_are_not_three()
    {
        var outcome = OrganisationRewardEligibility.CellCertificate(Streak(2010, 2011));
        Assert.False(outcome.Allowed);
        Assert.Contains("năm 2009: không có kết quả đánh giá", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_streak_broken_in_the_middle_year_is_refused_naming_the_year()
    {
        var years = new[] { Good(2009), Good(2010) with { ExemplaryCleanAndStrong = false }, Good(2011) };
        var outcome = OrganisationRewardEligibility.CellCertificate(Facts(years));
        Assert.False(outcome.Allowed);
        Assert.Contains("năm 2010: không đạt trong sạch, vững mạnh tiêu biểu", outcome.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("năm 2009", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_of_94_9_in_any_year_is_refused_and_95_is_enough()
    {
        var years = new[] { Good(2009) with { Score = 95m }, Good(2010) with { Score = 94.9m }, Good(2011) with { Score = 95m } };
        var outcome = OrganisationRewardEligibility.CellCertificate(Facts(years));
        Assert.False(outcome.Allowed);
        Assert.Contains("năm 2010: đạt 94", outcome.Reason, StringComparison.Ordinal); // 94.9 or 94,9 by culture
        Assert.Contains("dưới 95 điểm", outcome.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("năm 2009: đạt", outcome.Reason, StringComparison.Ordinal);

        Assert.True(OrganisationRewardEligibility.CellCertificate(Facts(years.Select(y => y with { Score = 95m }))).Allowed);
    }

    [Theory]
    [InlineData(18, 20, false)] // exactly 90 %: not "trên 90%"
    [InlineData(19, 20, true)]
    [InlineData(9, 10, false)]
    [InlineData(10, 11, true)] // 90.9 %
    [InlineData(0, 0, false)]
    public void More_than_ninety_percent_good_is_strict(int good, int graded, bool expected) =>
        Assert.Equal(expected, OrganisationRewardEligibility.MoreThanNinetyPercentGood(good, graded));

    [Fact]
    public void Exactly_ninety_percent_good_refuses_the_year()
    {
        var years = new[] { Good(2009), Good(2010), Good(2011) with { MembersGoodOrBetter = 18 } };
        var outcome = OrganisationRewardEligibility.CellCertificate(Facts(years));
        Assert.False(outcome.Allowed);
        Assert.Contains("năm 2011: tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên 18/20, không trên 90%", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_not_completing_bars_the_superior_certificate_but_not_the_province_diploma()
    {
        var years = new[] { Good(2009), Good(2010), Good(2011) with { MembersNotCompleted = 1 } };
        var certificate = OrganisationRewardEligibility.CellCertificate(Facts(years));
        Assert.False(certificate.Allowed);
        Assert.Contains("có 1 đảng viên không hoàn thành nhiệm vụ", certificate.Reason, StringComparison.Ordinal);
        Assert.True(OrganisationRewardEligibility.GrassrootsDiploma(Facts(years)).Allowed);
    }

    [Fact]
    public void Without_the_start_of_year_registration_nothing_is_considered()
    {
        var outcome = OrganisationRewardEligibility.GrassrootsCertificate(Streak(2011, 2011, registered: false));
        Assert.False(outcome.Allowed);
        Assert.Contains("đăng ký thi đua đầu năm", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grassroots_certificate_needs_only_the_year_proposed_for()
    {
        var years = new[] { Good(2010) with { ExemplaryCleanAndStrong = false }, Good(2011) };
        Assert.True(OrganisationRewardEligibility.GrassrootsCertificate(Facts(years)).Allowed);
    }

    [Fact]
    public void The_province_diploma_waits_three_years_from_the_last_one_to_the_day()
    {
        var shortByOneDay = OrganisationRewardEligibility.GrassrootsDiploma(Streak(2009, 2011, lastProvinceAward: new DateOnly(2008, 12, 21)));
        Assert.False(shortByOneDay.Allowed);
        Assert.Contains("phải sau 3 năm kể từ ngày được khen", shortByOneDay.Reason, StringComparison.Ordinal);

        Assert.True(OrganisationRewardEligibility.GrassrootsDiploma(Streak(2009, 2011, lastProvinceAward: new DateOnly(2008, 12, 20))).Allowed);
    }

    [Fact]
    public void Every_shortfall_is_listed_at_once()
    {
        var years = new[] { Good(2009) with { Score = 90m }, Good(2011) };
        var outcome = OrganisationRewardEligibility.GrassrootsDiploma(Facts(years, registered: false, new DateOnly(2010, 1, 1)));
        Assert.False(outcome.Allowed);
        Assert.Contains("đăng ký thi đua", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("năm 2009: đạt 90 điểm", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("năm 2010: không có kết quả", outcome.Reason, StringComparison.Ordinal);
        Assert.Contains("phải sau 3 năm", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Impossible_member_counts_are_refused()
    {
        var years = new[] { Good(2011) with { MembersGoodOrBetter = 20, MembersNotCompleted = 1 } };
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationRewardEligibility.GrassrootsCertificate(Facts(years)));
    }
}
