using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Rewards;

namespace PartyWorkflows.Infrastructure.Grading;

public static class GradingAndRewardServiceCollectionExtensions
{
    /// <summary>
    /// The service tasks of member-grading.bpmn, organisation-grading.bpmn and reward-nomination.bpmn: stateless adapters
    /// over the Grading and Rewards rules.
    /// </summary>
    public static IServiceCollection AddGradingAndRewardHandlers(this IServiceCollection services)
    {
        services.AddSingleton<IServiceTaskHandler, GradeMembersHandler>();
        services.AddSingleton<IServiceTaskHandler, GradeOrganisationHandler>();
        services.AddSingleton<IServiceTaskHandler, CheckRewardEligibilityHandler>();
        services.AddSingleton<IServiceTaskHandler, ApplyRewardQuotaHandler>();
        return services;
    }
}
