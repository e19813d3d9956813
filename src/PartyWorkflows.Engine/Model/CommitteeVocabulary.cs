namespace PartyWorkflows.Engine.Model;

/// <summary>
/// Values of pw:committeeLevel and pw:committeeBody. Levels are relative to the case's subject
/// (DESIGN.md "Committees and levels"); the membership model resolves them by walking up the organisation tree.
/// </summary>
public static class CommitteeVocabulary
{
    public const string Cell = "cell";
    public const string Grassroots = "grassroots";
    public const string Superior = "superior";
    public const string Province = "province";

    public static readonly IReadOnlySet<string> Levels = new HashSet<string>(StringComparer.Ordinal)
    {
        Cell, Grassroots, Superior, Province,
    };

    public static readonly IReadOnlySet<string> Bodies = new HashSet<string>(StringComparer.Ordinal)
    {
        "secretary", "cell-meeting", "committee", "standing-committee", "organization-department", "inspection-commission",
    };
}
