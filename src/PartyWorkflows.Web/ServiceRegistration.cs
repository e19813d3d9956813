using PartyWorkflows.Infrastructure.Calendar;
using PartyWorkflows.Infrastructure.Cards;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Grading;
using PartyWorkflows.Infrastructure.Members;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Procedures;
using PartyWorkflows.Infrastructure.Scheduling;
using PartyWorkflows.Infrastructure.Workflows;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Health;
using PartyWorkflows.Web.Features.Instances;
using PartyWorkflows.Web.Hosting;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web;

/// <summary>Everything the service registers, in one place.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddPartyWorkflowsService(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseSettings.From(configuration, environment.ContentRootPath);
        services.AddSingleton(database);
        services.AddWorkflowPersistence(database.Provider, database.ConnectionString).AddWorkflowRuntime().AddCardNumbers().AddGradingAndRewardHandlers()
            .AddProcedureHandlers();

        // Hangfire keeps its jobs in the workflow database in production and in memory on the embedded default (pending
        // timers are then re-scheduled from the database at start-up).
        var scheduling = configuration.GetSection("PartyWorkflows:Scheduling").Get<SchedulingOptions>() ?? new SchedulingOptions();
        scheduling.PostgresConnectionString = database.Provider == DatabaseProvider.PostgreSql ? database.ConnectionString : null;
        services.AddWorkflowScheduling(scheduling);

        // The member store's service tasks, and the seeds' periodic duties as recurring jobs (schedules under
        // PartyWorkflows:PeriodicDuties:Schedules, cron in the scheduling time zone).
        services.AddMemberStore();
        services.AddPeriodicDuties(configuration.GetSection("PartyWorkflows:PeriodicDuties").Get<PeriodicDutyOptions>());

        // MassTransit: RabbitMQ when PartyWorkflows:Messaging:RabbitMqUri is set, the in-memory transport otherwise. Its bus
        // health check is tagged "ready", so /health/ready covers the broker.
        var messaging = configuration.GetSection("PartyWorkflows:Messaging").Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddWorkflowMessaging(messaging);
        services.AddScoped<IBulkStartDispatcher, MassTransitBulkStartDispatcher>();

        services.AddHealthChecks().AddDbContextCheck<WorkflowDbContext>("database", tags: [HealthEndpoints.ReadyTag]);

        services.AddPartyAuthentication(configuration);
        services.AddScoped<SeatAccess>();
        services.Configure<Features.Attachments.AttachmentOptions>(configuration.GetSection(Features.Attachments.AttachmentOptions.Section));
        services.AddScoped<Features.Members.Import.MemberImporter>();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = VietnameseProblemTitles.Apply);
        services.AddExceptionHandler<WorkflowExceptionHandler>();
        services.AddOpenApi();

        services.AddScoped<AdministratorRole>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<WorkflowFileDeployer>();
        services.AddHostedService<StartupInitialiser>();
        // After the initialiser, so the published calendar years load from a migrated database.
        services.AddHostedService<CalendarRefresher>();
        return services;
    }
}
