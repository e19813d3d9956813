using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Health;
using PartyWorkflows.Web.Hosting;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web;

/// <summary>Everything the service registers, in one place, with the wiring points of the scheduling and messaging work.</summary>
public static class ServiceRegistration
{
    public static IServiceCollection AddPartyWorkflowsService(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseSettings.From(configuration, environment.ContentRootPath);
        services.AddSingleton(database);
        services.AddWorkflowPersistence(database.Provider, database.ConnectionString).AddWorkflowRuntime();

        // ── WIRING POINT (scheduling) ──────────────────────────────────────────────────────────────────────────────
        // services.AddWorkflowScheduling(...) goes here: Hangfire (PostgreSql storage in production, InMemory for the
        // embedded default), durable timers and the recurring checks.

        // ── WIRING POINT (messaging) ───────────────────────────────────────────────────────────────────────────────
        // services.AddWorkflowMessaging(...) goes here (MassTransit, RabbitMQ in production / in-memory embedded, the
        // outbox relay), followed by:
        //   services.AddScoped<IBulkStartDispatcher, MassTransitBulkStartDispatcher>();   // enables POST /api/instances/bulk
        //   the broker check on the health builder below, tagged HealthEndpoints.ReadyTag.

        services.AddHealthChecks().AddDbContextCheck<WorkflowDbContext>("database", tags: [HealthEndpoints.ReadyTag]);

        services.AddPartyAuthentication(configuration);
        services.AddScoped<SeatAccess>();

        services.AddProblemDetails(options => options.CustomizeProblemDetails = VietnameseProblemTitles.Apply);
        services.AddExceptionHandler<WorkflowExceptionHandler>();
        services.AddOpenApi();

        services.AddScoped<AdministratorRole>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<WorkflowFileDeployer>();
        services.AddHostedService<StartupInitialiser>();
        return services;
    }
}
