namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A decided change of a member's status (Membership's MemberStatus as stored), with the case that decided it.</summary>
public sealed class MemberStatusChangeRecord
{
    public Guid Id { get; set; }
    public required string MemberKey { get; set; }

    /// <summary>Null when the member was not on the list when the case decided.</summary>
    public string? FromStatus { get; set; }

    public required string ToStatus { get; set; }
    public required string Reason { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
