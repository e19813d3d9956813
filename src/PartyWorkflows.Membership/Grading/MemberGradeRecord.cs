namespace PartyWorkflows.Membership.Grading;

/// <summary>A member's settled result in a cell's grading: graded at a level, or not graded this year, with the reason.</summary>
public sealed record MemberGradeRecord(string MemberKey, GradingDisposition Disposition, MemberGrade? Grade, string Reason);
