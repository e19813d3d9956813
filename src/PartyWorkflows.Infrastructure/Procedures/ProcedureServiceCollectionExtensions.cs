using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership;

namespace PartyWorkflows.Infrastructure.Procedures;

public static class ProcedureServiceCollectionExtensions
{
    /// <summary>
    /// The pure service tasks of new-member-record, card-technical-check, party-transfer and exemption, each over the
    /// host's working-day calendar.
    /// </summary>
    public static IServiceCollection AddProcedureHandlers(this IServiceCollection services)
    {
        foreach (var create in ProcedureHandlers.Factories)
        {
            services.AddSingleton<IServiceTaskHandler>(sp => create(sp.GetRequiredService<IWorkingDayCalendar>()));
        }

        return services;
    }
}
