namespace PartyWorkflows.Membership.CardCheck;

/// <summary>A member on the cell's list whose card is not stamped, and why.</summary>
public sealed record NotCheckedEntry(string MemberKey, string FullName, string CellId, string Reason);
