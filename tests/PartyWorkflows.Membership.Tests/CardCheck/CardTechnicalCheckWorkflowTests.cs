using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.CardCheck;
using static PartyWorkflows.Membership.Tests.CardCheck.CardCheckRulesTests;
using static PartyWorkflows.Membership.Tests.CardCheck.CardTechnicalCheckEngine;
using static PartyWorkflows.Membership.Tests.ShippedWorkflowEngine;

namespace PartyWorkflows.Membership.Tests.CardCheck;

/// <summary>workflows/card-technical-check.bpmn driven through the fourth round of seed 002 (15/4/2021 – 15/5/2021).</summary>
public sealed class CardTechnicalCheckWorkflowTests
{
    // Organisation ids: each cell's task acts for its own cell (pw:committeeOf).
    private const string FirstCellId = "0c000000-0000-4000-8000-000000000001";
    private const string SecondCellId = "0c000000-0000-4000-8000-000000000002";

    private static readonly DateTimeOffset CampaignOver = new(2021, 5, 16, 0, 0, 0, Vietnam);

    private static readonly CampaignCell FirstCell = new(FirstCellId, "Chi bộ Văn phòng",
    [
        Member("a"), Member("b", firstRound: 3), Member("c", firstRound: 2), Member("d", card: null), Member("e", full: false, card: null),
    ]);

    private static readonly CampaignCell SecondCell = new(SecondCellId, "Chi bộ Tài chính",
    [
        Member("f", temporary: true), Member("g", leftParty: true), Member("h"),
    ]);

    private readonly CardTechnicalCheckEngine _engine = new();

    private InstanceState CheckBothCells()
    {
        var instance = _engine.Start(FirstCell, SecondCell);
        instance = _engine.CheckCell(instance, FirstCellId,
            ("a", CardFinding.Presented), ("b", CardFinding.Lost), ("c", CardFinding.Damaged), ("d", CardFinding.NeverIssued));
        return _engine.CheckCell(instance, SecondCellId, ("f", CardFinding.Presented), ("g", CardFinding.Presented));
    }

    private InstanceState Approve(InstanceState instance)
    {
        instance = _engine.Complete(instance, "grassrootsReport");
        instance = _engine.Complete(instance, "superiorReview");
        return _engine.Complete(instance, "standingDecision", ("decision", "approve"));
    }

    [Fact]
    public void Every_cell_checks_in_parallel_and_the_grassroots_report_sums_the_cells()
    {
        var instance = _engine.Start(FirstCell, SecondCell);
        Assert.Equal(2, instance.Tasks.Count);
        Assert.All(instance.Tasks, t => Assert.Equal(("cell", "cell-meeting", "card-check-cell", new DateTimeOffset(2021, 5, 10, 0, 0, 0, Vietnam)),
            (t.CommitteeLevel, t.CommitteeBody, t.FormKey, t.DueAt)));

        instance = CheckBothCells();

        Assert.Equal(("grassroots", "committee", "card-check-6-kttdv"), Acting(instance));
        var cells = Read<Dictionary<string, CellCardCheckReport>>(instance, "cellReports");
        Assert.Equal(new DateOnly(2021, 4, 15), cells[SecondCellId].ReportedOn);
        Assert.Equal(["f"], cells[SecondCellId].Report.ToStamp.Select(e => e.MemberKey));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, instance.Variables["findings"].ValueKind);
        var report = Read<CardCheckReport>(instance, "grassrootsReport");
        Assert.Equal(new CardCheckSummary(Members: 8, FullMembers: 7, CardsChecked: 3, CardsToStamp: 2, CardsDamaged: 1, CardsLost: 1,
            FullMembersWithoutCard: 1, CardsMisused: 0, CardsNotPresented: 1, Probationary: 1, LeftParty: 1, NotOnRegister: 0), report.Summary);
        Assert.Equal(["a", "f"], report.ToStamp.Select(e => e.MemberKey));
        Assert.Equal([3, 4], Assert.Single(report.Lost).StampBoxes);
        Assert.Equal([2, 3, 4], Assert.Single(report.Damaged).StampBoxes);
        Assert.Equal("Chưa được phát thẻ sau khi công nhận chính thức", Assert.Single(Read<List<CardCheckEntry>>(instance, "neverIssuedCards")).Reason);
    }

    [Fact]
    public void Approval_feeds_lost_and_damaged_cards_to_card_replacement_and_never_issued_members_to_card_issuance()
    {
        var instance = Approve(CheckBothCells());

        var replacements = _engine.Called(instance, "card-replacement");
        Assert.Equal(
            [("b", "lost", "49.000100"), ("c", "damaged", "49.000100")],
            replacements.Select(r => (Read<List<CardCheckEntry>>(r, "members").Single().MemberKey, r.Variables["reason"].GetString(),
                Read<Dictionary<string, string>>(r, "cardNumbers").Single().Value)).Order());
        Assert.All(replacements, r => Assert.Equal("selfCriticism", Assert.Single(r.Tasks).ElementId));
        var issuance = Assert.Single(_engine.Called(instance, "card-issuance"));
        Assert.Equal(["d"], Read<List<CardCheckEntry>>(issuance, "members").Select(m => m.MemberKey));
        Assert.Equal("49", issuance.Variables["provinceCode"].GetString());
        Assert.Equal(("superior", "organization-department", "card-check-stamp"), Acting(instance));
    }

    [Fact]
    public void The_report_7_KTTDV_waits_for_the_end_of_the_campaign_and_its_list_of_invalid_cards()
    {
        var instance = Approve(CheckBothCells());
        instance = _engine.Complete(instance, "stampCards");
        instance = _engine.Complete(instance, "returnCards");
        Assert.Empty(instance.Tasks);

        instance = _engine.At(instance, CampaignOver.AddSeconds(-1));
        Assert.False(instance.Variables.ContainsKey("invalidCards"));
        instance = _engine.At(instance, CampaignOver);

        Assert.Equal(
            [("b", InvalidCardReason.Lost), ("c", InvalidCardReason.Damaged), ("g", InvalidCardReason.LeftParty), ("h", InvalidCardReason.NotPresented)],
            Read<List<InvalidCard>>(instance, "invalidCards").Select(c => (c.MemberKey, c.Reason)));
        var report = Assert.Single(instance.Tasks);
        Assert.Equal(("superiorReport", "card-check-7-kttdv", new DateTimeOffset(2021, 5, 19, 0, 0, 0, Vietnam)), (report.ElementId, report.FormKey, report.DueAt));
        instance = _engine.Complete(instance, "superiorReport");

        Assert.Contains(instance.History, h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == "reported");
        Assert.Equal(InstanceStatus.Running, instance.Status); // the called card procedures are still under way
    }

    [Fact]
    public void A_campaign_with_nothing_to_replace_ends_with_the_report_and_one_that_has_ends_with_its_replacements()
    {
        var onlyPresented = new CardTechnicalCheckEngine();
        var clean = onlyPresented.Start(new CampaignCell(FirstCellId, "Chi bộ 9", [Member("a")]));
        clean = onlyPresented.CheckCell(clean, FirstCellId, ("a", CardFinding.Presented));
        clean = onlyPresented.Complete(clean, "grassrootsReport");
        clean = onlyPresented.Complete(clean, "superiorReview");
        clean = onlyPresented.Complete(clean, "standingDecision", ("decision", "approve"));
        Assert.Empty(onlyPresented.Called(clean, "card-replacement"));
        Assert.Empty(onlyPresented.Called(clean, "card-issuance"));
        clean = onlyPresented.Complete(clean, "stampCards");
        clean = onlyPresented.Complete(clean, "returnCards");
        clean = onlyPresented.At(clean, CampaignOver);
        clean = onlyPresented.Complete(clean, "superiorReport");
        Assert.Equal(InstanceStatus.Completed, clean.Status);

        var instance = _engine.Start(new CampaignCell(FirstCellId, "Chi bộ 1", [Member("b", firstRound: 3)]));
        instance = _engine.CheckCell(instance, FirstCellId, ("b", CardFinding.Lost));
        instance = Approve(instance);
        instance = _engine.Complete(instance, "stampCards");
        instance = _engine.Complete(instance, "returnCards");
        instance = _engine.At(instance, CampaignOver);
        instance = _engine.Complete(instance, "superiorReport");
        Assert.Equal(InstanceStatus.Running, instance.Status);

        var replacement = Assert.Single(_engine.Called(instance, "card-replacement"));
        replacement = _engine.Complete(replacement, "selfCriticism", ("reason", "lost"));
        replacement = _engine.Complete(replacement, "cellReview", ("agree", 3), ("fullMembers", 4));
        replacement = _engine.Complete(replacement, "grassrootsLostList");
        replacement = _engine.Complete(replacement, "superiorLostList");
        replacement = _engine.Complete(replacement, "standingDecision", ("decision", "approve"));
        replacement = _engine.Complete(replacement, "makeCard");
        replacement = _engine.Complete(replacement, "handOver");

        Assert.Equal("49.000001", Read<Dictionary<string, string>>(replacement, "cardNumbers")["b"]);
        Assert.Equal(InstanceStatus.Completed, _engine.Host.Instance(instance.Id).Status);
    }

    [Fact]
    public void A_cell_that_has_not_reported_when_the_campaign_ends_has_every_card_listed_invalid()
    {
        var instance = _engine.Start(FirstCell, SecondCell);
        instance = _engine.CheckCell(instance, FirstCellId, ("a", CardFinding.Presented), ("b", CardFinding.Presented), ("c", CardFinding.Presented));

        instance = _engine.At(instance, CampaignOver);

        Assert.Equal(
            [("d", InvalidCardReason.NotPresented), ("f", InvalidCardReason.CellNotReported), ("g", InvalidCardReason.LeftParty), ("h", InvalidCardReason.CellNotReported)],
            Read<List<InvalidCard>>(instance, "invalidCards").Select(c => (c.MemberKey, c.Reason)));
        var secondCellTask = Assert.Single(instance.Tasks);
        Assert.Equal(SecondCellId, secondCellTask.LocalVariables!["cell"].GetProperty("organisationId").GetString());
        Assert.Equal(Guid.Parse(SecondCellId), secondCellTask.CommitteeOrganisationId);
    }

    [Fact]
    public void Returned_by_the_standing_committee_the_grassroots_committee_reviews_the_lists_again()
    {
        var instance = CheckBothCells();
        instance = _engine.Complete(instance, "grassrootsReport");
        instance = _engine.Complete(instance, "superiorReview");
        instance = _engine.Complete(instance, "standingDecision", ("decision", "return"));

        Assert.Equal(("grassroots", "committee", "card-check-6-kttdv"), Acting(instance));
        Assert.Empty(_engine.Called(instance, "card-replacement"));
        instance = Approve(instance);
        Assert.Equal(2, _engine.Called(instance, "card-replacement").Count);
    }

    [Fact]
    public void A_finding_for_someone_not_on_the_cell_s_list_stops_the_cell_s_report_with_an_incident()
    {
        var instance = _engine.Start(FirstCell, SecondCell);

        instance = _engine.CheckCell(instance, SecondCellId, ("a", CardFinding.Presented));

        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("fileCellReport", incident.ElementId);
        Assert.Contains("Đảng viên a không có trong danh sách của chi bộ Chi bộ Tài chính", incident.Message);
        Assert.False(instance.Variables.ContainsKey("cellReports"));
    }

    [Fact]
    public void A_campaign_whose_end_comes_before_its_start_stops_at_once_with_an_incident()
    {
        var instance = _engine.Start(CardCheckCampaign.Fourth with { EndsOn = new DateOnly(2021, 4, 1) }, FirstCell);

        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("campaignDates", incident.ElementId);
        Assert.EndsWith("Ngày kết thúc đợt kiểm tra phải sau ngày bắt đầu.", incident.Message);
        Assert.Empty(instance.Tasks);
    }
}
