namespace PartyWorkflows.Membership.Members;

/// <summary>A decided change of a member's status on the cell's list, with the case that decided it.</summary>
public sealed record MemberStatusChange(string MemberKey, MemberStatus To, string Reason, DateOnly EffectiveOn, Guid InstanceId);
