namespace PartyWorkflows.Membership.Members;

/// <summary>One itemised finding of a reconciliation; the member is absent for a count mismatch.</summary>
public sealed record Discrepancy(DiscrepancyKind Kind, string? MemberKey, string? FullName, string Detail);
