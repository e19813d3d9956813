using PartyWorkflows.Documents.CardCheck;
using PartyWorkflows.Documents.CardForms;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Members;
using PartyWorkflows.Membership.CardCheck;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The forms of workflows/card-technical-check.bpmn (seed 002_773bfcc68234de1e.txt §3–4). The cells' forms 1–5-KTTĐV
/// are offered once a cell has filed its report, one file per form covering every cell filed so far, grouped by cell in
/// the campaign's order: the grassroots committee checks the cells' lists together and sends them on as soft files
/// (§3.2, §5), and the superior's department reviews a grassroots organisation's lists as one set
/// (<see cref="CardCheckCellsIssuer"/> says who issues them). 6-KTTĐV is offered at the grassroots report (after
/// card-check-consolidate), 7-KTTĐV at the superior's report, which opens only once the cards are handed back and
/// card-check-invalid-cards has run.
/// </summary>
internal sealed class CardTechnicalCheckInstanceForms : IProcessForms
{
    private static readonly StandardForm[] CellForms =
    [
        StandardForms.CellCardUsageReport, StandardForms.StampProposal, StandardForms.CheckDamagedCards, StandardForms.CheckLostCards,
        StandardForms.MembersWithoutCard,
    ];

    public string ProcessId => "card-technical-check";

    public IReadOnlyList<StandardForm> Available(InstanceFacts facts)
    {
        var forms = new List<StandardForm>();
        if (new CardCheckCaseVariables(facts.Variables).CellReports().Count > 0)
        {
            forms.AddRange(CellForms);
        }

        if (facts.ReachedElements.Contains("grassrootsReport"))
        {
            forms.Add(StandardForms.GrassrootsCardUsageReport);
        }

        if (facts.ReachedElements.Contains("superiorReport"))
        {
            forms.Add(StandardForms.StampingResultReport);
        }

        return forms;
    }

    public FormFile Generate(StandardForm form, InstanceFacts facts)
    {
        var variables = new CardCheckCaseVariables(facts.Variables);
        var campaign = CardCheckCampaignLine.Of(variables.Campaign);
        var cells = variables.CellReports();

        if (form == StandardForms.GrassrootsCardUsageReport)
        {
            return CardCheckReports.GrassrootsReport(new CardCheckReport<CardUsageCounts>(
                CardCaseSignatories.Grassroots(facts), campaign, UsageByCell(cells), CardCaseSignatories.GrassrootsSignature(facts)));
        }

        if (form == StandardForms.StampingResultReport)
        {
            var unit = new UnitFigures<StampingCounts>(
                facts.Organisations.Grassroots ?? CardCaseSignatories.Unknown,
                StampingResults.Of(variables.GrassrootsReport ?? CardCheckReport.Empty, variables.InvalidCards));
            return CardCheckReports.StampingReport(new CardCheckReport<StampingCounts>(
                CardCaseSignatories.Department(facts), campaign, [unit], CardCaseSignatories.DepartmentSignature));
        }

        var header = CardCheckCellsIssuer.Header(facts, cells);
        var signatures = CardCheckCellsIssuer.Signatures(facts, cells);
        if (form == StandardForms.CellCardUsageReport)
        {
            return CardCheckReports.CellReport(new CardCheckReport<CardUsageCounts>(header, campaign, UsageByCell(cells), signatures));
        }

        CardList List(Func<CardCheckReport, IReadOnlyList<CardCheckEntry>> entries) =>
            new(header, [.. cells.SelectMany(c => entries(c.Report).Select(e => Entry(e, c.CellName)))], signatures);

        if (form == StandardForms.StampProposal)
        {
            return CardCheckForms.StampProposal(List(r => r.ToStamp));
        }

        if (form == StandardForms.CheckDamagedCards)
        {
            return CardCheckForms.DamagedCards(List(r => r.Damaged));
        }

        return form == StandardForms.CheckLostCards
            ? CardCheckForms.LostCards(List(r => r.Lost))
            : CardCheckForms.MembersWithoutCard(List(r => r.NeverIssued));
    }

    private static IReadOnlyList<UnitFigures<CardUsageCounts>> UsageByCell(IReadOnlyList<CellCardCheckReport> cells) =>
        [.. cells.Select(c => new UnitFigures<CardUsageCounts>(c.CellName, Usage(c.Report.Summary)))];

    private static CardUsageCounts Usage(CardCheckSummary s) =>
        new(s.Members, s.FullMembers, s.CardsChecked, s.CardsToStamp, s.CardsDamaged, s.CardsLost, s.FullMembersWithoutCard, s.CardsMisused);

    /// <summary>
    /// The workflow knows a member's key, name, cell and card, not their particulars (printed empty, to be filled in by
    /// hand); the note names the boxes the department stamps (§4: a damaged card's from its period to this round's).
    /// </summary>
    private static CardListEntry Entry(CardCheckEntry entry, string cellName) => new(
        new MemberParticulars(entry.MemberKey, entry.FullName, null, null, null, null, cellName),
        CardNumber: entry.CardNumber,
        Reason: entry.Reason,
        Note: entry.StampBoxes is [_, ..] boxes ? $"Đóng dấu ô số {string.Join(", ", boxes)}" : null);
}
