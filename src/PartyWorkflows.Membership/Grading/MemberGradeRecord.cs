namespace PartyWorkflows.Membership.Grading;

/// <summary>A member's settled result in a cell's grading: graded at a level, or not graded this year, with the reason.</summary>
/// <param name="ProposedLevel">
/// The level the cell voted on at the ballot that settled the member; kept with the result because a later ballot (a
/// re-vote, an absentee) replaces the ballot variable, and the results list prints it. Null for a member not graded.
/// </param>
/// <param name="Votes">The votes in favour of <paramref name="ProposedLevel"/>; null for a member not graded.</param>
public sealed record MemberGradeRecord(
    string MemberKey, GradingDisposition Disposition, MemberGrade? Grade, string Reason, MemberGrade? ProposedLevel = null, int? Votes = null);
