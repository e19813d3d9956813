using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>Which rule and which quota a nomination meets: <see cref="RewardNominationEligibility"/>, <see cref="RewardNominationQuota"/>.</summary>
public sealed class RewardNominationRulesTests
{
    private static readonly DateOnly NominatedOn = new(2026, 3, 3);

    private static RewardNomination Cell(AwardingBody body, bool periodic = true, bool registered = true) => new(
        AwardRecipient.Cell, AwardKind.Certificate, body, periodic, 2025, NominatedOn, registered,
        [new OrganisationRewardYear(2025, true, 96m, 20, 19, 0)], [], null, null);

    [Fact]
    public void The_superior_committee_certificate_for_a_cell_needs_three_exemplary_years()
    {
        var outcome = RewardNominationEligibility.Check(Cell(AwardingBody.SuperiorCommittee));

        Assert.False(outcome.Allowed);
        Assert.Contains("năm 2023: không có kết quả đánh giá", outcome.Reason);
        Assert.Contains("năm 2024: không có kết quả đánh giá", outcome.Reason);
    }

    [Fact]
    public void The_grassroots_committee_certificate_for_a_cell_needs_only_the_registration()
    {
        Assert.True(RewardNominationEligibility.Check(Cell(AwardingBody.GrassrootsCommittee)).Allowed);
        Assert.Contains("đăng ký thi đua", RewardNominationEligibility.Check(Cell(AwardingBody.GrassrootsCommittee, registered: false)).Reason);
    }

    [Fact]
    public void An_ad_hoc_nomination_is_checked_for_authority_alone()
    {
        Assert.True(RewardNominationEligibility.Check(Cell(AwardingBody.SuperiorCommittee, periodic: false, registered: false)).Allowed);
        Assert.False(RewardNominationEligibility.Check(Cell(AwardingBody.Province, periodic: false)).Allowed);
    }

    [Theory]
    [InlineData(AwardingBody.GrassrootsCommittee, 2)] // seed 001 §C.II.1: exemplary cells ≤ 20 % of 10 clean-and-strong
    [InlineData(AwardingBody.SuperiorCommittee, 1)] // seed 001 §C.II.1: nominations ≤ 15 % of 10 exemplary
    public void A_cell_certificate_meets_the_quota_of_its_deciding_level(AwardingBody body, int kept)
    {
        QuotaCandidate[] round = [new("a", 9), new("b", 8), new("c", 7)];

        var selection = RewardNominationQuota.Select(AwardRecipient.Cell, AwardKind.Certificate, body, periodic: true, round, 10);

        Assert.Equal(kept, selection!.Keep.Count);
    }

    [Fact]
    public void Ad_hoc_awards_and_the_grassroots_certificate_for_a_member_have_no_quota()
    {
        QuotaCandidate[] round = [new("a", 9)];

        Assert.Null(RewardNominationQuota.Select(AwardRecipient.Member, AwardKind.Certificate, AwardingBody.SuperiorCommittee, periodic: false, round, 0));
        Assert.Null(RewardNominationQuota.Select(AwardRecipient.Member, AwardKind.Certificate, AwardingBody.GrassrootsCommittee, periodic: true, round, 0));
    }
}
