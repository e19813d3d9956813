using PartyWorkflows.Membership.CardCheck;

namespace PartyWorkflows.Membership.Tests.CardCheck;

/// <summary>The fourth technical check of seed 002 (15/4/2021 – 15/5/2021): scope, boxes, lists and validity.</summary>
public sealed class CardCheckRulesTests
{
    private static readonly CardCheckCampaign Fourth = CardCheckCampaign.Fourth;

    internal static CardCheckMember Member(string key, CardFinding finding = CardFinding.Presented, bool full = true, bool temporary = false,
        bool onRegister = true, bool leftParty = false, string? card = "49.000100", int? firstRound = null) =>
        new(key, $"Đảng viên {key}", full, temporary, onRegister, leftParty, card, firstRound, finding);

    [Fact]
    public void Cards_are_invalid_from_16_May_2021_unless_checked_in_the_campaign()
    {
        Assert.Equal(new DateOnly(2021, 5, 16), Fourth.InvalidFrom);
        Assert.True(CardValidity.IsValidOn(Fourth, new DateOnly(2021, 5, 15), checkedInCampaign: false));
        Assert.False(CardValidity.IsValidOn(Fourth, new DateOnly(2021, 5, 16), checkedInCampaign: false));
        Assert.True(CardValidity.IsValidOn(Fourth, new DateOnly(2021, 5, 16), checkedInCampaign: true));
        Assert.Empty(Fourth.Problems());
    }

    [Fact]
    public void Members_recognised_full_from_15_April_2021_get_box_4_on_their_new_card_not_through_the_cell()
    {
        Assert.False(Fourth.StampedAtIssue(new DateOnly(2021, 4, 14)));
        Assert.True(Fourth.StampedAtIssue(new DateOnly(2021, 4, 15)));
    }

    [Fact]
    public void Campaign_dates_out_of_order_are_reported()
    {
        var broken = Fourth with { EndsOn = new DateOnly(2021, 4, 1), SuperiorReportBy = new DateOnly(2021, 5, 1) };

        Assert.Equal(2, broken.Problems().Count);
    }

    [Fact]
    public void Full_and_temporarily_attached_members_are_checked_probationary_departed_and_unregistered_are_not()
    {
        Assert.Equal(CardCheckExclusion.None, CardCheckScope.Exclusion(Member("full")));
        Assert.Equal(CardCheckExclusion.None, CardCheckScope.Exclusion(Member("temporary", temporary: true)));
        Assert.Equal(CardCheckExclusion.Probationary, CardCheckScope.Exclusion(Member("probationary", full: false, card: null)));
        Assert.Equal(CardCheckExclusion.LeftParty, CardCheckScope.Exclusion(Member("left", leftParty: true)));
        Assert.Equal(CardCheckExclusion.NotOnRegister, CardCheckScope.Exclusion(Member("stranger", onRegister: false)));
    }

    [Theory]
    [InlineData(3, new[] { 3, 4 })]
    [InlineData(2, new[] { 2, 3, 4 })]
    [InlineData(1, new[] { 1, 2, 3, 4 })]
    [InlineData(null, new[] { 1, 2, 3, 4 })]
    public void A_new_card_is_stamped_from_the_round_of_the_original_card_to_box_4(int? firstRound, int[] boxes)
    {
        Assert.Equal(boxes, StampBoxes.ForNewCard(4, firstRound));
    }

    [Fact]
    public void A_checked_card_gets_the_box_of_the_round()
    {
        Assert.Equal([4], StampBoxes.ForCheckedCard(4));
    }

    [Fact]
    public void The_cell_lists_sort_members_by_finding_and_leave_out_those_not_in_scope()
    {
        var cell = new CampaignCell("c1", "Chi bộ 1",
        [
            Member("a"),
            Member("b", CardFinding.Lost, firstRound: 3),
            Member("c", CardFinding.Damaged, firstRound: 2),
            Member("d", CardFinding.NeverIssued, card: null),
            Member("e", full: false, card: null),
            Member("f", temporary: true),
            Member("g", CardFinding.Presented, leftParty: true) with { Misused = true },
            Member("h", CardFinding.NotPresented),
            Member("i") with { Misused = true, FindingReason = "Dùng thẻ đảng viên để thế chấp" },
        ]);

        var report = CardCheckClassifier.Classify(Fourth, cell);

        Assert.Equal(["a", "f", "i"], report.ToStamp.Select(e => e.MemberKey));
        Assert.All(report.ToStamp, e => Assert.Equal([4], e.StampBoxes));
        Assert.Equal("Dùng thẻ đảng viên để thế chấp", report.ToStamp[2].Reason);
        Assert.Equal([3, 4], Assert.Single(report.Lost).StampBoxes);
        Assert.Equal([2, 3, 4], Assert.Single(report.Damaged).StampBoxes);
        Assert.Equal("d", Assert.Single(report.NeverIssued).MemberKey);
        Assert.Equal(["e", "g", "h"], report.NotChecked.Select(e => e.MemberKey));
        // The departed member's misuse is not counted: their card is outside the check.
        Assert.Equal(new CardCheckSummary(Members: 9, FullMembers: 8, CardsChecked: 4, CardsToStamp: 3, CardsDamaged: 1, CardsLost: 1,
            FullMembersWithoutCard: 1, CardsMisused: 1, CardsNotPresented: 1, Probationary: 1, LeftParty: 1, NotOnRegister: 0), report.Summary);
    }

    [Fact]
    public void At_the_end_lost_damaged_unpresented_and_departed_cards_of_a_reported_cell_are_invalid()
    {
        var members = new[]
        {
            Member("a"), Member("b", CardFinding.Lost), Member("c", CardFinding.Damaged), Member("d", CardFinding.NeverIssued, card: null),
            Member("e", full: false, card: null), Member("g", leftParty: true), Member("h", CardFinding.NotPresented),
            Member("x", onRegister: false),
        };
        var cell = new CampaignCell("c1", "Chi bộ 1", members);
        var reports = Reports(new CellCardCheckReport("c1", "Chi bộ 1", new DateOnly(2021, 5, 15), members, CardCheckReport.Empty));

        var invalid = CardValidity.InvalidCards(Fourth, [cell], reports);

        Assert.Equal(
            [("b", InvalidCardReason.Lost), ("c", InvalidCardReason.Damaged), ("g", InvalidCardReason.LeftParty),
             ("h", InvalidCardReason.NotPresented), ("x", InvalidCardReason.NotOnRegister)],
            invalid.Select(i => (i.MemberKey, i.Reason)));
    }

    [Fact]
    public void Every_card_of_a_cell_that_had_not_reported_by_15_May_is_invalid_even_if_it_reported_on_the_16th()
    {
        var members = new[] { Member("a"), Member("d", CardFinding.NeverIssued, card: null), Member("e", full: false, card: null), Member("g", leftParty: true) };
        var cell = new CampaignCell("c2", "Chi bộ 2", members);
        var late = Reports(new CellCardCheckReport("c2", "Chi bộ 2", new DateOnly(2021, 5, 16), members, CardCheckReport.Empty));

        var invalid = CardValidity.InvalidCards(Fourth, [cell], late);

        Assert.Equal([("a", InvalidCardReason.CellNotReported), ("g", InvalidCardReason.LeftParty)], invalid.Select(i => (i.MemberKey, i.Reason)));
        Assert.Equal(invalid, CardValidity.InvalidCards(Fourth, [cell], Reports()));
    }

    private static Dictionary<string, CellCardCheckReport> Reports(params CellCardCheckReport[] reports) =>
        reports.ToDictionary(r => r.CellId, StringComparer.Ordinal);
}
