namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A party badge awarded to a member for a milestone of party age, with the case that decided it.</summary>
public sealed class MemberBadgeRecord
{
    public Guid Id { get; set; }
    public required string MemberKey { get; set; }
    public int MilestoneYears { get; set; }

    /// <summary>Null when the case carried no badge number.</summary>
    public string? BadgeNumber { get; set; }

    public DateOnly AwardedOn { get; set; }
    public Guid InstanceId { get; set; }
}
