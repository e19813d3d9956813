namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A member's approved quality grade of one year (seed 001_29955938909379e1.txt §B.II.4), with the grading case.</summary>
public sealed class MemberGradingRecord
{
    public Guid Id { get; set; }
    public required string MemberKey { get; set; }
    public int Year { get; set; }

    /// <summary>Membership's MemberGrade as stored: excellent, good, completed, not-completed.</summary>
    public required string Grade { get; set; }

    public Guid DecidedByInstanceId { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
}
