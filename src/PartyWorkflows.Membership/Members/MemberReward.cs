using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Membership.Members;

/// <summary>A reward approved for a member (seed 000_29c5dfa480f916c0.txt §VII: "vào sổ khen thưởng"), with the case that decided it.</summary>
public sealed record MemberReward(string MemberKey, AwardKind Kind, AwardingBody DecidingLevel, int Year, Guid InstanceId);
