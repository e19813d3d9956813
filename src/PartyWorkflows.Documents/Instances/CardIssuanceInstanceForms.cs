using PartyWorkflows.Documents.CardForms;
using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The forms of workflows/card-issuance.bpmn (seed 000_29c5dfa480f916c0.txt §V.1–2), each once the task that makes it
/// has opened: 1-TĐV at grassrootsList, 1A-TĐV at superiorList (numbers filled in once allocated), 8-TĐV at makeCard,
/// 9-TĐV at handOver.
/// </summary>
internal sealed class CardIssuanceInstanceForms() : StepForms(
    "card-issuance",
    ("grassrootsList", StandardForms.CardIssuanceProposal),
    ("superiorList", StandardForms.CardIssuanceList),
    ("makeCard", StandardForms.CardIssuanceBook),
    ("handOver", StandardForms.CardHandOverBook))
{
    public override FormFile Generate(StandardForm form, InstanceFacts facts)
    {
        var variables = new CardCaseVariables(facts.Variables);
        var grassroots = facts.Organisations.Grassroots;
        IReadOnlyList<CardListEntry> entries =
        [
            .. variables.Members().Select(m => new CardListEntry(
                m.Particulars,
                CardNumber: variables.NumbersAllocated ? variables.CardNumber(m.Particulars.MemberKey) : null,
                GrassrootsName: grassroots)),
        ];
        var batch = variables.Text("decisionNumber") is { } number ? $"Kèm theo Quyết định số {number}" : null;

        if (form == StandardForms.CardIssuanceProposal)
        {
            return CardIssuanceForms.Proposal(new CardList(CardCaseSignatories.Grassroots(facts), entries, CardCaseSignatories.GrassrootsSignature(facts)));
        }

        var department = CardCaseSignatories.Department(facts);
        if (form == StandardForms.CardIssuanceList)
        {
            return CardIssuanceForms.IssuanceList(new CardList(department, entries, CardCaseSignatories.DepartmentSignature));
        }

        return form == StandardForms.CardIssuanceBook
            ? CardIssuanceForms.IssuanceBook(new CardList(department, entries, CardCaseSignatories.DepartmentSignature, batch))
            : CardIssuanceForms.HandOverBook(new CardList(department, entries, CardCaseSignatories.HandOver, batch));
    }
}
