using Hangfire;
using Hangfire.Storage;

namespace PartyWorkflows.Web.Features.Administration;

/// <summary>
/// GET /api/admin/jobs: the recurring checks (due-timer sweep, overdue-task sweep, …) with their schedule and last and
/// next run, and how many workflow timers wait as delayed jobs. Triggering and history stay on the Hangfire dashboard.
/// </summary>
public static class ListScheduledJobs
{
    public static IResult Handle(JobStorage storage)
    {
        using var connection = storage.GetConnection();
        var recurring = connection.GetRecurringJobs().ConvertAll(j => new ScheduledJob(
            j.Id, j.Cron, j.TimeZoneId, j.LastExecution, j.LastJobState, j.NextExecution, j.Error));
        var monitoring = storage.GetMonitoringApi();
        return TypedResults.Ok(new ScheduledJobs(recurring, monitoring.ScheduledCount(), monitoring.FailedCount()));
    }
}
