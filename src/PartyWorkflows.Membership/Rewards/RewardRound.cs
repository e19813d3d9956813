using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// The reviewing body's round (variable <c>round</c>): every nomination for the same award this period with its votes,
/// the nominee included, and the basis of the quota (the count its percentage is of, or the province's allocation).
/// </summary>
public sealed record RewardRound(int Basis, IReadOnlyList<QuotaCandidate> Candidates);
