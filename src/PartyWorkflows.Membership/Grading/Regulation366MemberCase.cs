namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// One member graded under Quy định 366-QĐ/TW. The score is a <see langword="decimal"/>: scoring sheets give
/// fractional points, and decimal keeps them exact so 89.99 stays below 90 (no binary floating point).
/// </summary>
/// <param name="Score">Points out of 100.</param>
/// <param name="TasksAssigned">Tasks assigned in the year.</param>
/// <param name="TasksCompleted">Tasks completed (including those exceeded).</param>
/// <param name="TasksExceeded">Tasks completed beyond their target.</param>
/// <param name="GradingDate">Date of the grading meeting; sets the 6-month admission check.</param>
/// <param name="AdmittedOn">Date of admission to the Party.</param>
public sealed record Regulation366MemberCase(
    decimal Score,
    int TasksAssigned,
    int TasksCompleted,
    int TasksExceeded,
    DateOnly GradingDate,
    DateOnly AdmittedOn,
    bool Exempted = false,
    bool Suspended = false,
    bool UnderDiscipline = false);
