namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>How <see cref="SchedulingServiceCollectionExtensions.AddWorkflowScheduling"/> sets up Hangfire; bindable from configuration.</summary>
public sealed class SchedulingOptions
{
    /// <summary>Hangfire.PostgreSql storage (schema "hangfire") when set; otherwise Hangfire.InMemory, whose jobs die with the process.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The zone the cron expressions are read in: the committees' day.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>Fires timers already due: catch-up after downtime and for any job that was lost.</summary>
    public string DueTimerSweepCron { get; set; } = "* * * * *";

    /// <summary>Publishes task-overdue once per open task past its due time.</summary>
    public string OverdueTaskSweepCron { get; set; } = "*/5 * * * *";

    /// <summary>Rows one sweep run takes at most; the next run takes the rest.</summary>
    public int SweepBatchSize { get; set; } = 500;

    /// <summary>How often the Hangfire server moves due delayed jobs to the queue (Hangfire's default is 15 s).</summary>
    public TimeSpan SchedulePollingInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Hangfire worker threads; null keeps Hangfire's default.</summary>
    public int? WorkerCount { get; set; }
}
