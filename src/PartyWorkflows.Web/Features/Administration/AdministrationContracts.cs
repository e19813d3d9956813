namespace PartyWorkflows.Web.Features.Administration;

/// <param name="Kind">province, superior, grassroots or cell.</param>
public sealed record OrganisationNode(Guid OrganisationId, Guid? ParentId, string Kind, string Name, string Code);

public sealed record UserSummary(string UserId, string? Email, string DisplayName, bool IsAdministrator, IReadOnlyList<PositionSummary> Positions);

public sealed record PositionSummary(Guid OrganisationId, string? OrganisationName, string Body);

public sealed record PositionRequest(Guid? OrganisationId, string? Body);

/// <param name="Cron">The schedule, in the job's time zone.</param>
public sealed record ScheduledJob(
    string Id, string Cron, string? TimeZoneId, DateTime? LastExecution, string? LastState, DateTime? NextExecution, string? Error);

/// <param name="DelayedTimers">Workflow timers waiting as Hangfire delayed jobs.</param>
/// <param name="Failed">Jobs that failed and wait for an operator on the dashboard.</param>
public sealed record ScheduledJobs(IReadOnlyList<ScheduledJob> Recurring, long DelayedTimers, long Failed);
