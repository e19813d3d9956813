using PartyWorkflows.Documents.Members;

namespace PartyWorkflows.Documents.Layout;

/// <summary>
/// Builds a member list's table: the chosen member columns followed by the form's own columns, one row per entry.
/// </summary>
public static class MemberTable
{
    public static FormTable Of<TEntry>(
        IReadOnlyList<TEntry> entries,
        Func<TEntry, MemberParticulars> member,
        IReadOnlyList<MemberColumn> memberColumns,
        params IReadOnlyList<(FormColumn Column, Func<TEntry, string?> Value)> extra) =>
        new(
            [.. memberColumns.Select(c => c.Column), .. extra.Select(e => e.Column)],
            [.. entries.Select(e => (IReadOnlyList<string>)[
                .. memberColumns.Select(c => c.Value(member(e))),
                .. extra.Select(x => x.Value(e) ?? string.Empty)])]);
}
