namespace PartyWorkflows.Membership.Grading;

/// <summary>A member the cell has still to vote on (absent, vote failed, tied at the quota's cut-off), with the reason.</summary>
public sealed record PendingMember(string MemberKey, string Reason);
