using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// The quota a periodic nomination competes in, seed 001 §B.I.3.1 and §C.II, chosen by award and deciding body. The
/// reviewing body enters the round (every nomination of the same award, with the votes of its meeting) and the basis
/// the percentage is of; for province awards the basis is the province's allocation.
/// </summary>
public static class RewardNominationQuota
{
    /// <summary>Null when no quota applies (ad hoc awards; awards the seed caps by nothing).</summary>
    public static QuotaSelection? Select(AwardRecipient recipient, AwardKind kind, AwardingBody body, bool periodic, IReadOnlyList<QuotaCandidate> round, int basis)
    {
        if (!periodic)
        {
            return null;
        }

        return (recipient, kind, body) switch
        {
            (_, _, AwardingBody.Province) => RewardQuotas.ProvinceAllocation(round, basis),
            (AwardRecipient.Member, AwardKind.Certificate, AwardingBody.SuperiorCommittee) => RewardQuotas.MemberCertificates(round, basis),
            (AwardRecipient.Cell, AwardKind.Certificate, AwardingBody.SuperiorCommittee) => RewardQuotas.CellNominations(round, basis),
            (AwardRecipient.Cell, AwardKind.Certificate, AwardingBody.GrassrootsCommittee) => RewardQuotas.ExemplaryCells(round, basis),
            (AwardRecipient.GrassrootsOrganisation, AwardKind.Certificate, _) => ExemplaryOrganisationQuota.Select(round, basis),
            _ => null,
        };
    }
}
