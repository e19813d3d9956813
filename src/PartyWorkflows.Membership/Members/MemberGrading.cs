using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Members;

/// <summary>A member's approved quality grade of one year (seed 001_29955938909379e1.txt §B.II.4).</summary>
public sealed record MemberGrading(string MemberKey, MemberGrade Grade);
