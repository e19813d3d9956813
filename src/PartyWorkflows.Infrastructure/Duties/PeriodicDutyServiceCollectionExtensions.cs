using Microsoft.Extensions.DependencyInjection;

namespace PartyWorkflows.Infrastructure.Duties;

public static class PeriodicDutyServiceCollectionExtensions
{
    /// <summary>
    /// The periodic duties (transfer-slip check, reconciliations, grading and
    /// screening campaigns, badge rounds, card reminders) as Hangfire recurring jobs on their
    /// configured schedules, with the start-up catch-up. Call after <c>AddWorkflowScheduling</c>.
    /// </summary>
    public static IServiceCollection AddPeriodicDuties(this IServiceCollection services, PeriodicDutyOptions? options = null)
    {
        services.AddSingleton(options ?? new PeriodicDutyOptions());
        services.AddSingleton<DutySchedules>();
        services.AddScoped<DutyRunLog>();
        services.AddScoped<DutyStarts>();
        services.AddScoped<ReconciliationFindings>();
        services.AddScoped<ReconciliationOpener>();
        services.AddScoped<IPeriodicDuty, TransferSlipCheckDuty>();
        services.AddScoped<IPeriodicDuty, CellReconciliationDuty>();
        services.AddScoped<IPeriodicDuty, GrassrootsReconciliationDuty>();
        services.AddScoped<CellCampaign>();
        services.AddScoped<IPeriodicDuty, GradingCampaignDuty>();
        services.AddScoped<IPeriodicDuty, ScreeningCampaignDuty>();
        services.AddScoped<IPeriodicDuty, BadgeRoundDuty>();
        services.AddScoped<IPeriodicDuty, CardReminderDuty>();
        services.AddScoped<PeriodicDutyJob>();
        services.AddHostedService<PeriodicDutyRegistrar>();
        return services;
    }
}
