namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// When a duty runs: today (Vietnam time) and the day of the scheduled occurrence it stands for — a run made up after
/// downtime, or triggered from the dashboard, still belongs to the last occurrence (the December campaign caught up in
/// January opens the grading of the year before).
/// </summary>
public sealed record DutyOccasion(DateOnly Today, DateOnly OccurrenceDay, DateTimeOffset Now);
