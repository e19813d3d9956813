using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Grading;

/// <summary>A cell's grading results for a year.</summary>
/// <param name="FullMembersOfCell">The seed's N for the vote thresholds: all full members of the cell (§B.II.4).</param>
public sealed record GradingResultList(
    FormHeader Header, int Year, string CellName, int FullMembersOfCell, IReadOnlyList<GradingResultEntry> Entries, IReadOnlyList<FormSignature> Signatures);
