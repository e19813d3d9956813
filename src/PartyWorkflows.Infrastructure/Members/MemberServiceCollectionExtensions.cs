using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Members;

public static class MemberServiceCollectionExtensions
{
    /// <summary>
    /// The member-store service tasks, writing in the command's transaction: record-transfer-slip and
    /// record-dossier-received (the transfer workflow), sign-off-reconciliation (member-reconciliation.bpmn).
    /// </summary>
    public static IServiceCollection AddMemberStore(this IServiceCollection services)
    {
        services.AddSingleton<ITransferSlipRegister, CommandTransferSlipRegister>();
        services.AddSingleton<IReconciliationSignOff, CommandReconciliationSignOff>();
        services.AddSingleton<IServiceTaskHandler, RecordTransferSlipHandler>();
        services.AddSingleton<IServiceTaskHandler, RecordDossierReceivedHandler>();
        services.AddSingleton<IServiceTaskHandler, SignOffReconciliationHandler>();
        return services;
    }
}
