using PartyWorkflows.Membership.Exemptions;

namespace PartyWorkflows.Membership.Tests.Exemptions;

/// <summary>Seed 003 §1.4: who decides, what an application needs, when the member reports, what is released.</summary>
public sealed class ExemptionRulesTests
{
    private static readonly DateOnly March2026 = new(2026, 3, 1);

    private static ExemptionRequest Other(DateOnly? until, bool extension = false, bool verified = false) =>
        new(ExemptionGround.Other, March2026, until, HasMedicalCertificate: false, extension, verified);

    [Fact]
    public void Age_and_health_needs_a_medical_certificate_is_decided_by_the_cell_and_has_no_end_date()
    {
        var missing = ExemptionRules.Assess(new ExemptionRequest(ExemptionGround.AgeAndHealth, March2026, null, false, false, false));
        var complete = ExemptionRules.Assess(new ExemptionRequest(ExemptionGround.AgeAndHealth, March2026, null, true, false, false));

        Assert.Equal(["Thiếu giấy xác nhận của cơ sở y tế có thẩm quyền."], missing.Problems);
        Assert.True(complete.IsComplete);
        Assert.Equal(ExemptionDecider.Cell, complete.Decider);
        Assert.Equal(new DateOnly(2026, 12, 31), complete.FirstReportDue);
    }

    [Fact]
    public void Other_grounds_need_an_end_date_after_the_start_and_are_decided_by_the_grassroots_committee()
    {
        Assert.Equal(["Phải ghi rõ thời gian xin miễn công tác và sinh hoạt đảng (đến ngày)."], ExemptionRules.Assess(Other(null)).Problems);
        Assert.Equal(["Ngày kết thúc miễn phải sau ngày bắt đầu."], ExemptionRules.Assess(Other(March2026)).Problems);
        var sixMonths = ExemptionRules.Assess(Other(new DateOnly(2026, 8, 31)));
        Assert.True(sixMonths.IsComplete);
        Assert.Equal(ExemptionDecider.Grassroots, sixMonths.Decider);
    }

    [Theory]
    [InlineData("2026-08-31", "2026-08-31")] // under a year: at its end
    [InlineData("2027-02-28", "2027-02-28")] // the last day under a year
    [InlineData("2027-03-01", "2026-12-31")] // a full year: at the year's end
    [InlineData("2027-09-01", "2026-12-31")]
    public void The_member_reports_at_the_end_of_an_exemption_under_a_year_otherwise_at_the_year_s_end(string until, string due)
    {
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            ExemptionRules.Assess(Other(DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture))).FirstReportDue);
    }

    [Fact]
    public void An_extension_needs_the_cell_committee_s_verification_first()
    {
        Assert.Equal(["Cấp ủy chi bộ chưa xác minh, thẩm định lý do xin tiếp tục miễn."],
            ExemptionRules.Assess(Other(new DateOnly(2026, 8, 31), extension: true)).Problems);
        Assert.True(ExemptionRules.Assess(Other(new DateOnly(2026, 8, 31), extension: true, verified: true)).IsComplete);
    }

    [Fact]
    public void The_exemption_releases_party_work_and_meetings_but_not_the_report_to_the_cell()
    {
        Assert.True(ExemptionRules.Releases(ExemptionActivity.PartyWork));
        Assert.True(ExemptionRules.Releases(ExemptionActivity.CellMeetings));
        Assert.False(ExemptionRules.Releases(ExemptionActivity.ReportToCell));
    }
}
