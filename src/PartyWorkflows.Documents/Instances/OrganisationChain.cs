namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The names of the organisations above a case's subject, by committee level (DESIGN.md "Committees and levels"); null
/// where the tree has none.
/// </summary>
/// <param name="GrassrootsIsCell">A chi bộ cơ sở signs "T/M CHI BỘ" where a đảng ủy cơ sở signs "T/M ĐẢNG ỦY".</param>
public sealed record OrganisationChain(string? Cell, string? Grassroots, bool GrassrootsIsCell, string? Superior, string? Province);
