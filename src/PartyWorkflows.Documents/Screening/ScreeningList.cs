using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Screening;

/// <summary>A cell's screening list.</summary>
/// <param name="ConvenedFullMembers">
/// The ballot's N: full members of the cell convened (seed 003 appendix §2 "tổng số đảng viên chính thức được triệu tập");
/// null until the ballot is held.
/// </param>
public sealed record ScreeningList(
    FormHeader Header, ScreeningListKind Kind, string CellName, int? ConvenedFullMembers, IReadOnlyList<ScreeningEntry> Entries, IReadOnlyList<FormSignature> Signatures);
