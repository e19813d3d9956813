namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// One grading year of a party organisation, as the reward rules read it. <paramref name="Score"/> is the 100-point total
/// of the grading scorecard (decimal there, so 94.9 stays exactly below 95); <paramref name="MembersGoodOrBetter"/> counts
/// excellent members too, as the grading does.
/// </summary>
public sealed record OrganisationRewardYear(
    int Year,
    bool ExemplaryCleanAndStrong,
    decimal Score,
    int MembersGraded,
    int MembersGoodOrBetter,
    int MembersNotCompleted);
