using PartyWorkflows.Documents.CardForms;
using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The forms of workflows/card-replacement.bpmn (seed 000_29c5dfa480f916c0.txt §V.3), each once the task that makes it
/// has opened: 2-TĐV / 3-TĐV at the grassroots list, 2A-TĐV / 3A-TĐV at the superior's list, 4-TĐV at the standing
/// committee, 9-TĐV at the hand-over. The card being replaced is the member's cardNumber, else cardNumbers until
/// allocate-card-number gives a lost card its new number.
/// </summary>
internal sealed class CardReplacementInstanceForms() : StepForms(
    "card-replacement",
    ("grassrootsLostList", StandardForms.LostCardProposal),
    ("grassrootsDamagedList", StandardForms.DamagedCardProposal),
    ("superiorLostList", StandardForms.LostCardList),
    ("superiorDamagedList", StandardForms.DamagedCardList),
    ("standingDecision", StandardForms.ReplacementDecision),
    ("handOver", StandardForms.CardHandOverBook))
{
    public override FormFile Generate(StandardForm form, InstanceFacts facts)
    {
        var variables = new CardCaseVariables(facts.Variables);
        var reason = variables.Text("reason") == "damaged" ? CardReplacementReason.Damaged : CardReplacementReason.Lost;
        var allocated = variables.NumbersAllocated;
        IReadOnlyList<CardListEntry> entries =
        [
            .. variables.Members().Select(m =>
            {
                var listed = variables.CardNumber(m.Particulars.MemberKey);
                var held = m.HeldCardNumber ?? (allocated ? null : listed);
                return new CardListEntry(
                    m.Particulars,
                    CardNumber: form == StandardForms.CardHandOverBook && allocated ? listed : held,
                    NewCardNumber: allocated ? listed : null,
                    Reason: variables.Text("reasonDetail") ?? (reason == CardReplacementReason.Lost ? "Bị mất thẻ" : "Bị hỏng thẻ"),
                    GrassrootsName: facts.Organisations.Grassroots);
            }),
        ];

        if (form == StandardForms.LostCardProposal || form == StandardForms.DamagedCardProposal)
        {
            return CardReplacementForms.Proposal(new CardList(CardCaseSignatories.Grassroots(facts), entries, CardCaseSignatories.GrassrootsSignature(facts)), reason);
        }

        if (form == StandardForms.LostCardList || form == StandardForms.DamagedCardList)
        {
            return CardReplacementForms.ConsolidatedList(new CardList(CardCaseSignatories.Department(facts), entries, CardCaseSignatories.DepartmentSignature), reason);
        }

        return form == StandardForms.ReplacementDecision
            ? CardReplacementDecision.Write(
                new CardList(CardCaseSignatories.StandingCommittee(facts, variables.Text("decisionNumber")), entries, CardCaseSignatories.StandingCommitteeSignature), reason)
            : CardIssuanceForms.HandOverBook(new CardList(CardCaseSignatories.Department(facts), entries, CardCaseSignatories.HandOver));
    }
}
