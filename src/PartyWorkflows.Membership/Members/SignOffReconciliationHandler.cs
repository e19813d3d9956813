using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Membership.Members;

/// <summary>
/// Service task sign-off-reconciliation of member-reconciliation.bpmn: the committee has reviewed the itemised
/// discrepancies and signs the report off, which stays on record (seed 003_8ecac7def258469f.txt §1.1). Reads signedOffBy.
/// </summary>
public sealed class SignOffReconciliationHandler(IReconciliationSignOff reports) : IServiceTaskHandler
{
    public const string HandlerName = "sign-off-reconciliation";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        reports.SignOff(context.InstanceId, TransferVariables.Key(context, "signedOffBy"), context.Now);
        return ServiceTaskResult.Empty;
    }
}
