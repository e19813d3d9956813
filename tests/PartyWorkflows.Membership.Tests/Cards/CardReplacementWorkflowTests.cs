using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Cards;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.Cards;

/// <summary>
/// workflows/card-replacement.bpmn driven task by task to each outcome (seed 000_29c5dfa480f916c0.txt §V.3): a lost
/// card through 2-TĐV, 2A-TĐV and a new number; a damaged one through 3-TĐV, 3A-TĐV keeping its number.
/// </summary>
public sealed class CardReplacementWorkflowTests
{
    private const string OldNumber = "30.000123";

    private readonly CardReplacementEngine _engine = new();

    private InstanceState ThroughStandingCommittee(string reason, string decision, string member = "dv-1")
    {
        var instance = _engine.Start("30", member, OldNumber);
        instance = _engine.Complete(instance, "selfCriticism", ("reason", reason));
        instance = _engine.Complete(instance, "cellReview", ("agree", 5), ("fullMembers", 9));
        instance = _engine.Complete(instance, reason == "lost" ? "grassrootsLostList" : "grassrootsDamagedList");
        instance = _engine.Complete(instance, reason == "lost" ? "superiorLostList" : "superiorDamagedList");
        return _engine.Complete(instance, "standingDecision", ("decision", decision));
    }

    [Fact]
    public void A_lost_card_is_listed_on_2_TDV_and_2A_TDV_approved_given_a_new_number_made_and_handed_over()
    {
        var instance = _engine.Start("30", "dv-1", OldNumber);
        var first = Assert.Single(instance.Tasks);
        Assert.Equal(("cell", "secretary", "card-replacement-self-criticism"), (first.CommitteeLevel, first.CommitteeBody, first.FormKey));
        Assert.Null(first.DueAt); // §V.3 gives no deadline

        instance = _engine.Complete(instance, "selfCriticism", ("reason", "lost"));
        Assert.Equal(("cell", "cell-meeting", "card-replacement-cell-review"), Acting(instance));
        instance = _engine.Complete(instance, "cellReview", ("agree", 5), ("fullMembers", 9)); // 2·5 > 9
        Assert.Equal(("grassroots", "committee", "card-replacement-2-tdv"), Acting(instance));
        instance = _engine.Complete(instance, "grassrootsLostList");
        Assert.Equal(("superior", "organization-department", "card-replacement-2a-tdv"), Acting(instance));
        instance = _engine.Complete(instance, "superiorLostList");
        Assert.Equal(("superior", "standing-committee", "card-replacement-4-tdv"), Acting(instance));
        instance = _engine.Complete(instance, "standingDecision", ("decision", "approve"));

        Assert.Equal("30.000001", CardReplacementEngine.CardNumbers(instance)["dv-1"]);
        Assert.Equal(1, CardReplacementEngine.Allocations(instance));
        Assert.Equal(("province", "organization-department", "card-replacement-make-card"), Acting(instance));
        instance = _engine.Complete(instance, "makeCard");
        Assert.Equal(("grassroots", "committee", "card-replacement-hand-over"), Acting(instance));
        instance = _engine.Complete(instance, "handOver");

        Assert.Equal("handedOver", CardReplacementEngine.EndedAt(instance));
    }

    [Fact]
    public void A_damaged_card_is_listed_on_3_TDV_and_3A_TDV_approved_and_remade_with_the_same_number()
    {
        var instance = ThroughStandingCommittee("damaged", "approve");

        Assert.Equal(("province", "organization-department", "card-replacement-make-card"), Acting(instance));
        Assert.Equal(0, CardReplacementEngine.Allocations(instance));
        Assert.Equal(OldNumber, CardReplacementEngine.CardNumbers(instance)["dv-1"]);
        instance = _engine.Complete(instance, "makeCard");
        instance = _engine.Complete(instance, "handOver");

        Assert.Equal("handedOver", CardReplacementEngine.EndedAt(instance));
        Assert.Equal(OldNumber, CardReplacementEngine.CardNumbers(instance)["dv-1"]);
        Assert.Equal(["30.000001"], _engine.Numbers.Allocate("30", CardNumberScheme.Guidance12, ["next"], Guid.NewGuid()));
    }

    [Fact]
    public void The_damaged_branch_goes_through_3_TDV_and_3A_TDV_forms()
    {
        var instance = _engine.Start("30", "dv-1", OldNumber);
        instance = _engine.Complete(instance, "selfCriticism", ("reason", "damaged"));
        instance = _engine.Complete(instance, "cellReview", ("agree", 5), ("fullMembers", 9));

        Assert.Equal(("grassroots", "committee", "card-replacement-3-tdv"), Acting(instance));
        instance = _engine.Complete(instance, "grassrootsDamagedList");
        Assert.Equal(("superior", "organization-department", "card-replacement-3a-tdv"), Acting(instance));
        instance = _engine.Complete(instance, "superiorDamagedList");
        Assert.Equal(("superior", "standing-committee", "card-replacement-4-tdv"), Acting(instance));
    }

    [Fact]
    public void Half_of_the_full_members_is_not_more_than_half_and_the_cell_does_not_recommend()
    {
        var instance = _engine.Start("30", "dv-1", OldNumber);
        instance = _engine.Complete(instance, "selfCriticism", ("reason", "lost"));

        instance = _engine.Complete(instance, "cellReview", ("agree", 4), ("fullMembers", 8)); // 2·4 = 8, not more

        Assert.Equal("notRecommended", CardReplacementEngine.EndedAt(instance));
    }

    [Fact]
    public void Rejected_by_the_standing_committee_ends_without_a_new_number()
    {
        var instance = ThroughStandingCommittee("lost", "reject");

        Assert.Equal("rejected", CardReplacementEngine.EndedAt(instance));
        Assert.Equal(0, CardReplacementEngine.Allocations(instance));
        Assert.Equal(OldNumber, CardReplacementEngine.CardNumbers(instance)["dv-1"]);
    }

    [Fact]
    public void Returned_for_correction_goes_back_to_the_grassroots_list_of_its_reason_then_is_approved()
    {
        var instance = ThroughStandingCommittee("lost", "return");
        Assert.Equal(("grassroots", "committee", "card-replacement-2-tdv"), Acting(instance));

        instance = _engine.Complete(instance, "grassrootsLostList");
        instance = _engine.Complete(instance, "superiorLostList");
        instance = _engine.Complete(instance, "standingDecision", ("decision", "approve"));

        Assert.Equal("30.000001", CardReplacementEngine.CardNumbers(instance)["dv-1"]);
        Assert.Equal(1, CardReplacementEngine.Allocations(instance));
        instance = _engine.Complete(instance, "makeCard");
        instance = _engine.Complete(instance, "handOver");
        Assert.Equal("handedOver", CardReplacementEngine.EndedAt(instance));
    }

    [Fact]
    public void A_reason_other_than_lost_or_damaged_is_an_incident_at_the_reason_gateway_not_a_silent_choice()
    {
        var instance = _engine.Start("30", "dv-1", OldNumber);
        instance = _engine.Complete(instance, "selfCriticism", ("reason", "stolen"));

        instance = _engine.Complete(instance, "cellReview", ("agree", 5), ("fullMembers", 9));

        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.Empty(instance.Tasks);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(("byReason", IncidentKinds.NoOutgoingFlow), (incident.ElementId, incident.Kind));
    }
}
