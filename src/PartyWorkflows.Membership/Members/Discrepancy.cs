namespace PartyWorkflows.Membership.Members;

/// <summary>
/// One itemised finding of a reconciliation. The member is absent for a count mismatch; the detail names the damaged
/// document, or gives the two counts.
/// </summary>
public sealed record Discrepancy(DiscrepancyKind Kind, string? MemberKey, string? FullName, string? Detail);
