namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// What the proposing committee attaches to a nomination (variable <c>record</c>): the start-of-year registration (seed 001
/// §C.III), the nominee's grading years and the days of its last superior-committee and province awards.
/// </summary>
public sealed record RewardNominationRecord(
    bool RegisteredAtStartOfYear,
    IReadOnlyList<OrganisationRewardYear>? OrganisationYears = null,
    IReadOnlyList<MemberRewardYear>? MemberYears = null,
    DateOnly? LastSuperiorAwardOn = null,
    DateOnly? LastProvinceAwardOn = null);
