using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>One organisation's reconciliation: the two counts and the itemised discrepancies (empty when all agrees).</summary>
public sealed record UnitFindings(Guid OrganisationId, int ListedCount, int DossierCount, IReadOnlyList<Discrepancy> Discrepancies);
