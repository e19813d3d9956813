namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// One nomination of workflows/reward-nomination.bpmn: who for, which award, which body decides, periodic ("theo định
/// kỳ", seed 000 §VII.1–4) or ad hoc ("không theo định kỳ", §VII.5), and the record the proposing committee attached.
/// </summary>
/// <param name="Year">The grading year proposed for; streaks end with it (seed 001 §C.II).</param>
/// <param name="NominatedOn">The day the nomination is made; cool-downs run to it.</param>
/// <param name="OrganisationYears">Grading years of a nominated cell or organisation.</param>
/// <param name="MemberYears">Grading years of a nominated member.</param>
public sealed record RewardNomination(
    AwardRecipient Recipient,
    AwardKind Kind,
    AwardingBody DecidingBody,
    bool Periodic,
    int Year,
    DateOnly NominatedOn,
    bool RegisteredAtStartOfYear,
    IReadOnlyList<OrganisationRewardYear> OrganisationYears,
    IReadOnlyList<MemberRewardYear> MemberYears,
    DateOnly? LastSuperiorAwardOn,
    DateOnly? LastProvinceAwardOn);
