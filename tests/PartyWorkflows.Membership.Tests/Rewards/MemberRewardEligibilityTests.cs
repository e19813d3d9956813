using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>Seed 001 §C.II.2: 3 and 5 excellent years, emulation titles, the superior certificate, cool-downs, registration.</summary>
public sealed class MemberRewardEligibilityTests
{
    private static readonly DateOnly NominatedOn = new(2011, 12, 20);

    private static MemberRewardYear Excellent(int year, bool title = false, bool certificate = false) => new(year, true, title, certificate);

    private static MemberRewardFacts Facts(IEnumerable<MemberRewardYear> years, bool registered = true, DateOnly? lastSuperior = null, DateOnly? lastProvince = null) =>
        new(2011, years.ToList(), registered, NominatedOn, lastSuperior, lastProvince);

    private static List<MemberRewardYear> Years(int from, int to) => Enumerable.Range(from, to - from + 1).Select(y => Excellent(y)).ToList();

    [Fact]
    public void Exactly_three_excellent_years_with_one_title_earn_the_certificate()
    {
        var years = Years(2009, 2011);
        years[1] = Excellent(2010, title: true);
        Assert.True(MemberRewardEligibility.SuperiorCertificate(Facts(years)).Allowed);
    }

    [Fact]
    public void Three_excellent_years_without_a_title_are_not_enough()
    {
        var outcome = MemberRewardEligibility.SuperiorCertificate(Facts(Years(2009, 2011)));
        Assert.False(outcome.Allowed);
        Assert.Contains("chưa có lần nào đạt danh hiệu", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_streak_broken_in_the_middle_year_is_refused()
    {
        var years = new List<MemberRewardYear> { Excellent(2009, title: true), new(2010, false, false, false), Excellent(2011) };
        var outcome = MemberRewardEligibility.SuperiorCertificate(Facts(years));
        Assert.False(outcome.Allowed);
        Assert.Contains("năm 2010: không đạt đủ tư cách, hoàn thành xuất sắc nhiệm vụ", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_outside_the_three_years_does_not_count()
    {
        var years = Years(2008, 2011);
        years[0] = Excellent(2008, title: true);
        Assert.False(MemberRewardEligibility.SuperiorCertificate(Facts(years)).Allowed);
    }

    [Fact]
    public void The_certificate_waits_three_years_from_the_last_superior_award()
    {
        var years = Years(2009, 2011);
        years[2] = Excellent(2011, title: true);
        Assert.False(MemberRewardEligibility.SuperiorCertificate(Facts(years, lastSuperior: new DateOnly(2008, 12, 21))).Allowed);
        Assert.True(MemberRewardEligibility.SuperiorCertificate(Facts(years, lastSuperior: new DateOnly(2008, 12, 20))).Allowed);
    }

    [Fact]
    public void Without_registration_the_member_is_not_considered()
    {
        var years = Years(2009, 2011);
        years[0] = Excellent(2009, title: true);
        var outcome = MemberRewardEligibility.SuperiorCertificate(Facts(years, registered: false));
        Assert.False(outcome.Allowed);
        Assert.Contains("đăng ký thi đua đầu năm", outcome.Reason, StringComparison.Ordinal);
    }

    private static List<MemberRewardYear> DiplomaYears()
    {
        var years = Years(2007, 2011);
        years[1] = Excellent(2008, title: true);
        years[3] = Excellent(2010, title: true, certificate: true);
        return years;
    }

    [Fact]
    public void Exactly_five_excellent_years_with_a_certificate_and_two_titles_earn_the_diploma() =>
        Assert.True(MemberRewardEligibility.ProvinceDiploma(Facts(DiplomaYears())).Allowed);

    [Fact]
    public void Four_years_are_not_five()
    {
        var years = DiplomaYears();
        years[0] = new MemberRewardYear(2007, false, false, false);
        var outcome = MemberRewardEligibility.ProvinceDiploma(Facts(years));
        Assert.False(outcome.Allowed);
        Assert.Contains("năm 2007", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_title_is_not_two()
    {
        var years = DiplomaYears();
        years[1] = Excellent(2008);
        var outcome = MemberRewardEligibility.ProvinceDiploma(Facts(years));
        Assert.False(outcome.Allowed);
        Assert.Contains("mới có 1 lần đạt danh hiệu", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diploma_needs_a_superior_certificate_in_the_five_years()
    {
        var years = DiplomaYears();
        years[3] = Excellent(2010, title: true);
        var outcome = MemberRewardEligibility.ProvinceDiploma(Facts(years));
        Assert.False(outcome.Allowed);
        Assert.Contains("chưa được Ban Thường vụ cấp ủy cấp trên tặng giấy khen", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_diploma_waits_five_years_from_the_last_province_award()
    {
        Assert.False(MemberRewardEligibility.ProvinceDiploma(Facts(DiplomaYears(), lastProvince: new DateOnly(2006, 12, 21))).Allowed);
        Assert.True(MemberRewardEligibility.ProvinceDiploma(Facts(DiplomaYears(), lastProvince: new DateOnly(2006, 12, 20))).Allowed);
    }

    [Fact]
    public void A_recent_superior_certificate_does_not_hold_back_the_province_diploma() =>
        Assert.True(MemberRewardEligibility.ProvinceDiploma(Facts(DiplomaYears(), lastSuperior: new DateOnly(2010, 12, 20))).Allowed);
}
