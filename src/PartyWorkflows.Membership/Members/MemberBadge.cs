namespace PartyWorkflows.Membership.Members;

/// <summary>
/// A party badge awarded to a member for a milestone of party age, with the number the superior committee's organization
/// department wrote into the list (seed 000_29c5dfa480f916c0.txt §VI.4) and the case that decided it.
/// </summary>
public sealed record MemberBadge(string MemberKey, int MilestoneYears, string? BadgeNumber, DateOnly AwardedOn, Guid InstanceId);
