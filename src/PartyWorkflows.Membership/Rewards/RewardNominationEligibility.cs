namespace PartyWorkflows.Membership.Rewards;

/// <summary>Picks the reward rules that apply to a nomination and runs them; the rules themselves live in this folder.</summary>
public static class RewardNominationEligibility
{
    public static RewardOutcome Check(RewardNomination nomination)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        // Seed 000 §VII: only the body named there may decide the award.
        var authority = AwardAuthority.Check(nomination.Recipient, nomination.Kind, nomination.DecidingBody);
        if (!authority.Allowed || !nomination.Periodic)
        {
            // §VII.5 refers ad hoc awards to Hướng dẫn 01-HD/TW, whose criteria are not in the seeds: the deciding body's
            // authority is all that is checked; the achievement is the committees' judgement.
            return authority;
        }

        return (nomination.Recipient, nomination.Kind, nomination.DecidingBody) switch
        {
            (AwardRecipient.Cell, AwardKind.Certificate, AwardingBody.SuperiorCommittee) => OrganisationRewardEligibility.CellCertificate(Organisation(nomination)),
            (AwardRecipient.GrassrootsOrganisation, AwardKind.Certificate, _) => OrganisationRewardEligibility.GrassrootsCertificate(Organisation(nomination)),
            (AwardRecipient.GrassrootsOrganisation, AwardKind.Diploma, _) => OrganisationRewardEligibility.GrassrootsDiploma(Organisation(nomination)),
            (AwardRecipient.Member, AwardKind.Certificate, AwardingBody.SuperiorCommittee) => MemberRewardEligibility.SuperiorCertificate(Member(nomination)),
            (AwardRecipient.Member, AwardKind.Diploma, _) => MemberRewardEligibility.ProvinceDiploma(Member(nomination)),

            // Seed 001 §C sets no streak or score for these awards (grassroots certificates for the year, flags, district
            // organisations); the start-of-year registration of §C.III is still required of every periodic nomination.
            _ => RewardOutcome.FromShortfalls("khen thưởng theo định kỳ",
                EmulationRegistration.Shortfall(nomination.RegisteredAtStartOfYear) is { } missing ? [missing] : []),
        };
    }

    private static OrganisationRewardFacts Organisation(RewardNomination n) =>
        new(n.Year, n.OrganisationYears, n.RegisteredAtStartOfYear, n.NominatedOn, n.LastProvinceAwardOn);

    private static MemberRewardFacts Member(RewardNomination n) =>
        new(n.Year, n.MemberYears, n.RegisteredAtStartOfYear, n.NominatedOn, n.LastSuperiorAwardOn, n.LastProvinceAwardOn);
}
