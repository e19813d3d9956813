using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Cards;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.Cards;

/// <summary>
/// workflows/card-issuance.bpmn driven task by task to each outcome (seed 000_29c5dfa480f916c0.txt §V.1, §V.2, §V.4).
/// </summary>
public sealed class CardIssuanceWorkflowTests
{
    private readonly CardIssuanceEngine _engine = new();

    private InstanceState ThroughStandingCommittee(string decision, params string[] members)
    {
        var instance = _engine.Start("30", members);
        instance = _engine.Complete(instance, "cellResolution", ("agree", 6), ("fullMembers", 9));
        instance = _engine.Complete(instance, "grassrootsList");
        instance = _engine.Complete(instance, "superiorList");
        return _engine.Complete(instance, "standingDecision", ("decision", decision));
    }

    [Fact]
    public void Approved_cards_are_numbered_made_handed_over_and_presented_at_the_cell_meeting()
    {
        var instance = _engine.Start("30", "dv-1", "dv-2");
        var cell = Assert.Single(instance.Tasks);
        Assert.Equal(("cell", "cell-meeting", "card-issuance-cell-resolution"), (cell.CommitteeLevel, cell.CommitteeBody, cell.FormKey));
        // 10 working days from Monday 2/3/2026: 3–6/3, 9–13/3, 16/3; overdue from 17/3 00:00 Vietnam time.
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 0, 0, 0, TimeSpan.FromHours(7)), cell.DueAt);

        instance = _engine.Complete(instance, "cellResolution", ("agree", 6), ("fullMembers", 9)); // 3·6 ≥ 2·9
        Assert.Equal(("grassroots", "committee", "card-issuance-1-tdv"), Acting(instance));
        instance = _engine.Complete(instance, "grassrootsList");
        Assert.Equal(("superior", "organization-department", "card-issuance-1a-tdv"), Acting(instance));
        instance = _engine.Complete(instance, "superiorList");
        Assert.Equal(("superior", "standing-committee", "card-issuance-decision"), Acting(instance));
        instance = _engine.Complete(instance, "standingDecision", ("decision", "approve"));

        Assert.Equal(new Dictionary<string, string> { ["dv-1"] = "30.000001", ["dv-2"] = "30.000002" }, CardIssuanceEngine.CardNumbers(instance));
        Assert.Equal(("province", "organization-department", "card-issuance-make-card"), Acting(instance));
        instance = _engine.Complete(instance, "makeCard");
        Assert.Equal(("grassroots", "committee", "card-issuance-9-tdv"), Acting(instance));
        instance = _engine.Complete(instance, "handOver", ("misprinted", false));
        Assert.Equal(("cell", "secretary", "card-issuance-presentation"), Acting(instance));
        instance = _engine.Complete(instance, "presentCard");

        Assert.Equal("presented", CardIssuanceEngine.EndedAt(instance));
    }

    [Fact]
    public void A_case_started_with_member_keys_only_is_numbered_in_the_same_list_order()
    {
        var instance = _engine.StartWithKeysOnly("30", "dv-7", "dv-3");
        instance = _engine.Complete(instance, "cellResolution", ("agree", 6), ("fullMembers", 9));
        instance = _engine.Complete(instance, "grassrootsList");
        instance = _engine.Complete(instance, "superiorList");
        instance = _engine.Complete(instance, "standingDecision", ("decision", "approve"));

        Assert.Equal(new Dictionary<string, string> { ["dv-7"] = "30.000001", ["dv-3"] = "30.000002" }, CardIssuanceEngine.CardNumbers(instance));
    }

    [Fact]
    public void A_resolution_short_of_two_thirds_of_full_members_ends_without_a_recommendation()
    {
        var instance = _engine.Start("30", "dv-1");

        instance = _engine.Complete(instance, "cellResolution", ("agree", 5), ("fullMembers", 8)); // 15 < 16

        Assert.Equal("notRecommended", CardIssuanceEngine.EndedAt(instance));
    }

    [Fact]
    public void Rejected_by_the_standing_committee_ends_without_a_number()
    {
        var instance = ThroughStandingCommittee("reject", "dv-1");

        Assert.Equal("rejected", CardIssuanceEngine.EndedAt(instance));
        Assert.False(instance.Variables.ContainsKey("cardNumbers"));
        Assert.Equal(["30.000001"], _engine.Numbers.Allocate("30", CardNumberScheme.Guidance12, ["next"], Guid.NewGuid()));
    }

    [Fact]
    public void Returned_for_correction_goes_back_to_the_grassroots_list_then_is_approved()
    {
        var instance = ThroughStandingCommittee("return", "dv-1");
        Assert.Equal(("grassroots", "committee", "card-issuance-1-tdv"), Acting(instance));

        instance = _engine.Complete(instance, "grassrootsList");
        instance = _engine.Complete(instance, "superiorList");
        instance = _engine.Complete(instance, "standingDecision", ("decision", "approve"));

        Assert.Equal("30.000001", CardIssuanceEngine.CardNumbers(instance)["dv-1"]);
        Assert.Equal("makeCard", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void A_misprinted_card_is_remade_by_the_province_with_the_same_number()
    {
        var first = ThroughStandingCommittee("approve", "dv-1");
        var other = ThroughStandingCommittee("approve", "dv-2"); // a later list of the province takes the next number
        var number = CardIssuanceEngine.CardNumbers(first)["dv-1"];

        first = _engine.Complete(first, "makeCard");
        first = _engine.Complete(first, "handOver", ("misprinted", true));
        Assert.Equal(("province", "organization-department", "card-issuance-make-card"), Acting(first));
        first = _engine.Complete(first, "makeCard");
        first = _engine.Complete(first, "handOver", ("misprinted", false));
        first = _engine.Complete(first, "presentCard");

        Assert.Equal("presented", CardIssuanceEngine.EndedAt(first));
        Assert.Equal("30.000001", number);
        Assert.Equal(number, CardIssuanceEngine.CardNumbers(first)["dv-1"]);
        Assert.Equal("30.000002", CardIssuanceEngine.CardNumbers(other)["dv-2"]);
        Assert.Equal(1, first.History.Count(h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == "allocateCardNumber"));
    }
}
