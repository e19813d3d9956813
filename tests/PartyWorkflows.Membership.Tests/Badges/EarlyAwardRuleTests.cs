using PartyWorkflows.Membership.Badges;

namespace PartyWorkflows.Membership.Tests.Badges;

/// <summary>Early award for the seriously ill (seed 003 §1.9; the month limits are issue 4's, see EarlyAwardLimits).</summary>
public sealed class EarlyAwardRuleTests
{
    private static readonly DateOnly Round = new(2026, 2, 3);

    [Fact]
    public void Exactly_twelve_months_early_is_allowed_for_a_thirty_year_badge()
    {
        // 30 years on 3/2/2027; the round of 3/2/2026 is exactly 12 months before.
        var outcome = EarlyAwardRule.Check(new DateOnly(1997, 2, 3), 30, Round, IllnessEvidence.MedicalCertificate);
        Assert.True(outcome.Allowed, outcome.Reason);
    }

    [Fact]
    public void Twelve_months_and_a_day_early_is_refused_for_a_thirty_year_badge()
    {
        // 30 years on 4/2/2027: the round is 12 months and one day before.
        var outcome = EarlyAwardRule.Check(new DateOnly(1997, 2, 4), 30, Round, IllnessEvidence.MedicalCertificate);
        Assert.False(outcome.Allowed);
        Assert.Contains("12 tháng", outcome.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Seventy_years_and_more_may_be_up_to_twenty_four_months_early()
    {
        Assert.True(EarlyAwardRule.Check(new DateOnly(1958, 2, 3), 70, Round, IllnessEvidence.MedicalCertificate).Allowed); // 3/2/2028
        Assert.False(EarlyAwardRule.Check(new DateOnly(1958, 2, 4), 70, Round, IllnessEvidence.MedicalCertificate).Allowed);
        Assert.True(EarlyAwardRule.Check(new DateOnly(1957, 3, 3), 70, Round, IllnessEvidence.MedicalCertificate).Allowed); // 13 months
        Assert.False(EarlyAwardRule.Check(new DateOnly(1997, 3, 3), 30, Round, IllnessEvidence.MedicalCertificate).Allowed); // 13 months
    }

    [Fact]
    public void Illness_must_be_certified_by_a_medical_facility_or_by_the_cell_and_grassroots_committee()
    {
        var unproven = EarlyAwardRule.Check(new DateOnly(1996, 5, 1), 30, Round, IllnessEvidence.None);
        Assert.False(unproven.Allowed);
        Assert.Contains("giấy xác nhận hoặc bệnh án", unproven.Reason, StringComparison.Ordinal);
        Assert.True(EarlyAwardRule.Check(new DateOnly(1996, 5, 1), 30, Round, IllnessEvidence.CellAndGrassrootsConfirmation).Allowed);
    }

    [Fact]
    public void A_milestone_already_reached_needs_no_early_award()
    {
        var outcome = EarlyAwardRule.Check(new DateOnly(1996, 2, 3), 30, Round, IllnessEvidence.None);
        Assert.True(outcome.Allowed);
        Assert.Contains("không phải tặng sớm", outcome.Reason, StringComparison.Ordinal);
    }
}
