using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Membership.CardCheck;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// Who issues and signs the cells' forms 1–5-KTTĐV of a card-technical-check case (seed 002_773bfcc68234de1e.txt §3.1–3.2):
/// with one cell filed, that cell under its grassroots organisation (or under the superior committee when it is itself a
/// chi bộ cơ sở), signed by its secretary; with several, the grassroots committee, which checks the cells' lists and
/// sends them on together (§3.2 "thẩm định kỹ các danh sách đề nghị của chi bộ ... các danh sách đề nghị gửi kèm").
/// </summary>
internal static class CardCheckCellsIssuer
{
    public static FormHeader Header(InstanceFacts facts, IReadOnlyList<CellCardCheckReport> cells) => cells is [var only]
        ? CellSignatories.Header(facts, only.CellName)
        : CardCaseSignatories.Grassroots(facts);

    public static IReadOnlyList<FormSignature> Signatures(InstanceFacts facts, IReadOnlyList<CellCardCheckReport> cells) => cells is [_]
        ? CellSignatories.Signature
        : CardCaseSignatories.GrassrootsSignature(facts);
}
