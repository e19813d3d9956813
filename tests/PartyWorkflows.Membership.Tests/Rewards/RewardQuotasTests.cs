using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Tests.Rewards;

/// <summary>Seed 001 §C.II: 20 % and 15 % rounded down; the province's allocation as given.</summary>
public sealed class RewardQuotasTests
{
    private static List<QuotaCandidate> Candidates(params int[] votes) =>
        votes.Select((v, i) => new QuotaCandidate($"c{i + 1}", v)).ToList();

    [Theory]
    [InlineData(20, 3)]
    [InlineData(19, 2)]
    [InlineData(7, 1)]
    [InlineData(6, 0)]
    public void Fifteen_percent_rounds_down(int basis, int allowed)
    {
        Assert.Equal(allowed, RewardQuotas.CellNominations([], basis).MaxCount);
        Assert.Equal(allowed, RewardQuotas.MemberCertificates([], basis).MaxCount);
    }

    [Theory]
    [InlineData(10, 2)]
    [InlineData(9, 1)]
    [InlineData(5, 1)]
    [InlineData(4, 0)]
    public void Twenty_percent_rounds_down(int cleanAndStrong, int allowed) =>
        Assert.Equal(allowed, RewardQuotas.ExemplaryCells([], cleanAndStrong).MaxCount);

    [Fact]
    public void Member_certificates_keep_the_best_voted_within_fifteen_percent()
    {
        var selection = RewardQuotas.MemberCertificates(Candidates(10, 14, 12), 19); // 2 of 19 excellent
        Assert.Equal(["c2", "c3"], selection.Keep.Select(c => c.Id));
        Assert.Equal(["c1"], selection.Drop.Select(c => c.Id));
    }

    [Fact]
    public void The_province_allocation_caps_the_diplomas()
    {
        var selection = RewardQuotas.ProvinceAllocation(Candidates(30, 28, 25, 29), 3);
        Assert.Equal(["c1", "c4", "c2"], selection.Keep.Select(c => c.Id));
        Assert.Equal(["c3"], selection.Drop.Select(c => c.Id));
        Assert.Equal(4, RewardQuotas.ProvinceAllocation(Candidates(30, 28, 25, 29), 7).Keep.Count);
    }

    [Fact]
    public void A_negative_allocation_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RewardQuotas.ProvinceAllocation(Candidates(1), -1));
}
