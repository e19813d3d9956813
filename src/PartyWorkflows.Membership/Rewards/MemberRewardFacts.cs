namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// What the reward rules need about a nominated member: grading years, the grassroots organisation's start-of-year
/// registration, the day of the nomination and the days of the member's last superior-committee and province awards.
/// </summary>
public sealed record MemberRewardFacts(
    int ProposalYear,
    IReadOnlyList<MemberRewardYear> Years,
    bool RegisteredAtStartOfYear,
    DateOnly NominatedOn,
    DateOnly? LastSuperiorAwardOn,
    DateOnly? LastProvinceAwardOn);
