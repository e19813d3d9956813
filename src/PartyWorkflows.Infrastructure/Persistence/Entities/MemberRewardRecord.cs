namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A reward approved for a member (Membership's AwardKind and AwardingBody as stored), with the case that decided it.</summary>
public sealed class MemberRewardRecord
{
    public Guid Id { get; set; }
    public required string MemberKey { get; set; }
    public required string AwardKind { get; set; }
    public required string DecidingLevel { get; set; }
    public int Year { get; set; }
    public Guid InstanceId { get; set; }
}
