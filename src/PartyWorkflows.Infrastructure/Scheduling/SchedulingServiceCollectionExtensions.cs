using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartyWorkflows.Infrastructure.Scheduling;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Hangfire on PostgreSQL (<see cref="SchedulingOptions.PostgresConnectionString"/>) or in memory, its server, a
    /// delayed job per workflow timer (the processor's <see cref="ITimerScheduler"/>), and the recurring due-timer and
    /// overdue-task sweeps. In memory, pending timers are scheduled again at startup. Call after
    /// <c>AddWorkflowPersistence</c> and <c>AddWorkflowRuntime</c>; the host maps the dashboard (JobStorage is in DI).
    /// </summary>
    public static IServiceCollection AddWorkflowScheduling(this IServiceCollection services, SchedulingOptions options)
    {
        services.AddSingleton(options);

        // Registered before AddHangfire, which then keeps it: the storage lives in DI rather than in Hangfire's static
        // JobStorage.Current, so two hosts in one process (tests) do not share it. Created lazily: the PostgreSQL
        // storage connects (and installs its schema) when built.
        services.AddSingleton<JobStorage>(_ => options.PostgresConnectionString is { } connectionString
            ? new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions())
            : new InMemoryStorage(new InMemoryStorageOptions()));
        services.AddHangfire((provider, configuration) => configuration
            .UseLogProvider(new HostSafeLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer(server =>
        {
            server.SchedulePollingInterval = options.SchedulePollingInterval;
            if (options.WorkerCount is { } workers)
            {
                server.WorkerCount = workers;
            }
        });

        services.AddSingleton<ITimerScheduler, HangfireTimerScheduler>();
        services.AddSingleton<DueTimerFirer>();
        services.AddScoped<FireTimerJob>();
        services.AddScoped<DueTimerSweepJob>();
        services.AddScoped<OverdueTaskSweepJob>();
        services.AddHostedService<RecurringJobRegistrar>();
        if (options.PostgresConnectionString is null)
        {
            services.AddHostedService<PendingTimerRescheduler>();
        }

        return services;
    }
}
