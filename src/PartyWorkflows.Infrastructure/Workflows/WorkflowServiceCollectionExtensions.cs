using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Infrastructure.Bulk;
using PartyWorkflows.Infrastructure.Calendar;
using PartyWorkflows.Infrastructure.Drafts;
using PartyWorkflows.Infrastructure.Inbox;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Infrastructure.Workflows;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// The engine (executor, Jint, the Vietnamese calendar, service-task handlers from DI) and the durable services on
    /// top of it. Call <c>AddWorkflowPersistence</c> too. Anything registered before (a fake clock) wins.
    /// </summary>
    public static IServiceCollection AddWorkflowRuntime(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IExpressionEvaluator>(sp => new JintExpressionEvaluator(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<StoredWorkingDayCalendar>();
        services.TryAddSingleton<IWorkingDayCalendar>(sp => sp.GetRequiredService<StoredWorkingDayCalendar>());
        services.TryAddScoped<CalendarYearStore>();
        services.TryAddScoped<DefinitionDraftStore>();
        services.TryAddSingleton<IServiceTaskHandlerRegistry, ServiceTaskHandlerRegistry>();
        services.TryAddSingleton(sp => new WorkflowExecutor(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IExpressionEvaluator>(),
            sp.GetRequiredService<IWorkingDayCalendar>(),
            sp.GetRequiredService<IServiceTaskHandlerRegistry>()));
        services.TryAddSingleton<DefinitionCache>();
        services.TryAddScoped<DefinitionStore>();
        services.TryAddScoped<WorkflowCommandProcessor>();
        services.TryAddScoped<InboxQuery>();
        services.TryAddScoped<BulkInstanceStarter>();
        return services;
    }
}
