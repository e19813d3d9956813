using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>Seed 001 §B.II.4.1 (15 %) and Quy định 366-QĐ/TW (20 %, 25 %): rounded down, the best-voted kept.</summary>
public sealed class ExcellentQuotaTests
{
    private static List<QuotaCandidate> Candidates(params int[] votes) =>
        votes.Select((v, i) => new QuotaCandidate($"m{i + 1}", v)).ToList();

    [Theory]
    [InlineData(20, 3)]
    [InlineData(19, 2)]
    [InlineData(7, 1)]
    [InlineData(6, 0)]
    [InlineData(0, 0)]
    public void Seed001_allows_fifteen_percent_rounded_down(int good, int allowed) =>
        Assert.Equal(allowed, Seed001ExcellentQuota.Select([], good).MaxCount);

    [Fact]
    public void Seed001_keeps_the_best_voted_and_drops_the_rest_to_good()
    {
        var selection = Seed001ExcellentQuota.Select(Candidates(15, 19, 17, 16), 19); // 2 allowed
        Assert.Equal(["m2", "m3"], selection.Keep.Select(c => c.Id));
        Assert.Equal(["m4", "m1"], selection.Drop.Select(c => c.Id));
        Assert.Empty(selection.TiedAtCutoff);
    }

    [Fact]
    public void Within_the_quota_everyone_keeps_excellent()
    {
        var selection = Seed001ExcellentQuota.Select(Candidates(15, 16, 17), 20);
        Assert.Equal(3, selection.Keep.Count);
        Assert.Empty(selection.Drop);
    }

    [Fact]
    public void No_member_graded_good_means_no_excellent()
    {
        Assert.Equal(0, Seed001ExcellentQuota.Select([], 0).MaxCount);
        var selection = Seed001ExcellentQuota.Select(Candidates(9, 8), 6); // 15 % of 6 = 0.9 → 0
        Assert.Empty(selection.Keep);
        Assert.Equal(2, selection.Drop.Count);
    }

    [Fact]
    public void A_tie_across_the_cut_off_goes_back_to_the_cell()
    {
        var selection = Seed001ExcellentQuota.Select(Candidates(18, 16, 16, 12), 20); // 3 allowed for 4 candidates
        Assert.Equal(["m1", "m2", "m3"], selection.Keep.Select(c => c.Id)); // 16,16 both within 3 slots
        selection = Seed001ExcellentQuota.Select(Candidates(18, 16, 16, 12), 19); // 2 allowed, 16 straddles
        Assert.Equal(["m1"], selection.Keep.Select(c => c.Id));
        Assert.Equal(["m2", "m3"], selection.TiedAtCutoff.Select(c => c.Id));
        Assert.Equal(["m4"], selection.Drop.Select(c => c.Id));
        Assert.Contains("còn 1 suất", selection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_good_count_must_include_the_candidates() =>
        Assert.Equal("goodOrBetter", Assert.Throws<ArgumentOutOfRangeException>(() => Seed001ExcellentQuota.Select(Candidates(5, 5, 5), 2)).ParamName);

    [Theory]
    [InlineData(20, false, 4)]
    [InlineData(19, false, 3)]
    [InlineData(20, true, 5)]
    [InlineData(19, true, 4)]
    [InlineData(4, true, 1)]
    [InlineData(3, true, 0)]
    [InlineData(5, false, 1)]
    [InlineData(4, false, 0)]
    public void Regulation366_allows_twenty_or_twenty_five_percent_rounded_down(int good, bool outstandingUnit, int allowed) =>
        Assert.Equal(allowed, Regulation366ExcellentQuota.Select([], good, outstandingUnit).MaxCount);

    [Fact]
    public void Exemplary_organisations_are_at_most_twenty_percent_of_the_clean_and_strong()
    {
        Assert.Equal(2, ExemplaryOrganisationQuota.Select([], 10).MaxCount);
        Assert.Equal(1, ExemplaryOrganisationQuota.Select([], 9).MaxCount);
        Assert.Equal(0, ExemplaryOrganisationQuota.Select([], 4).MaxCount);
        var selection = ExemplaryOrganisationQuota.Select(Candidates(3, 9, 5), 10);
        Assert.Equal(["m2", "m3"], selection.Keep.Select(c => c.Id));
        Assert.Equal(["m1"], selection.Drop.Select(c => c.Id));
    }
}
