using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Members;

public static class MemberServiceCollectionExtensions
{
    /// <summary>
    /// The member-store service tasks, writing in the command's transaction: record-transfer-slip and
    /// record-dossier-received (the transfer workflow), sign-off-reconciliation (member-reconciliation.bpmn), and the
    /// member history: record-member-grades (member-grading.bpmn), record-member-exempted and record-member-returned
    /// (exemption.bpmn), record-member-removed (education-then-removal.bpmn), record-badge-award (badge-award.bpmn) and
    /// record-member-reward (reward-nomination.bpmn).
    /// </summary>
    public static IServiceCollection AddMemberStore(this IServiceCollection services)
    {
        services.AddSingleton<ITransferSlipRegister, CommandTransferSlipRegister>();
        services.AddSingleton<IReconciliationSignOff, CommandReconciliationSignOff>();
        services.AddSingleton<IServiceTaskHandler, RecordTransferSlipHandler>();
        services.AddSingleton<IServiceTaskHandler, RecordDossierReceivedHandler>();
        services.AddSingleton<IServiceTaskHandler, SignOffReconciliationHandler>();
        services.AddSingleton<IMemberHistory, CommandMemberHistory>();
        foreach (var create in MemberHistoryHandlers.Factories)
        {
            services.AddSingleton<IServiceTaskHandler>(sp => create(sp.GetRequiredService<IMemberHistory>()));
        }

        return services;
    }
}
