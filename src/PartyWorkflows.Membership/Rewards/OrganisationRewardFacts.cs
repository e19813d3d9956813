namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// What the reward rules need about a nominated organisation: its grading years, whether its grassroots organisation
/// registered for emulation at the start of the year, the day of the nomination and the day of its last province award.
/// </summary>
public sealed record OrganisationRewardFacts(
    int ProposalYear,
    IReadOnlyList<OrganisationRewardYear> Years,
    bool RegisteredAtStartOfYear,
    DateOnly NominatedOn,
    DateOnly? LastProvinceAwardOn);
