namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// The minutes of a cell grading ballot: <paramref name="FullMembers"/> is the seed's vote base N ("số đảng viên chính thức
/// của chi bộ", seed 001 §B.II.4), <paramref name="Present"/> the members at the meeting, then one entry per member voted on.
/// </summary>
public sealed record CellBallot(int FullMembers, int Present, IReadOnlyList<CellBallotEntry> Entries);
