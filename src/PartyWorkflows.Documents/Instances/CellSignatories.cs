using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The cell issues and its secretary signs the lists it reports upwards: the grading results (seed
/// 001_29955938909379e1.txt §B.II.3 "báo cáo lên cấp ủy cấp trên") and the screening lists (seed 003_8ecac7def258469f.txt
/// appendix §2 "ra nghị quyết ... báo cáo cấp ủy cơ sở"). Above the cell stands its grassroots committee, or the
/// superior committee when the cell is itself a chi bộ cơ sở.
/// </summary>
internal static class CellSignatories
{
    public static FormHeader Header(InstanceFacts facts) => Header(facts, CellName(facts));

    /// <summary>The header of a cell the case names in its variables (a card check campaign's cells) rather than its subject.</summary>
    public static FormHeader Header(InstanceFacts facts, string cellName) => new(
        facts.Organisations.GrassrootsIsCell ? facts.Organisations.Superior : facts.Organisations.Grassroots,
        cellName,
        null,
        facts.Today);

    public static string CellName(InstanceFacts facts) => facts.Organisations.Cell ?? CardCaseSignatories.Unknown;

    public static IReadOnlyList<FormSignature> Signature => [new("T/M CHI BỘ", "BÍ THƯ")];
}
