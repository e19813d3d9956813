using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Membership.Members;

/// <summary>
/// Service task record-dossier-received of the transfer workflow: the receiving committee has the member's dossier, so
/// the slip no longer counts towards the three-month check (seed 003_8ecac7def258469f.txt §1.3). Reads memberKey,
/// slipNumber and receivedOn (yyyy-MM-dd).
/// </summary>
public sealed class RecordDossierReceivedHandler(ITransferSlipRegister register) : IServiceTaskHandler
{
    public const string HandlerName = "record-dossier-received";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        register.DossierReceived(
            TransferVariables.Key(context, "memberKey"),
            TransferVariables.Key(context, "slipNumber"),
            TransferVariables.Date(context, "receivedOn"));
        return ServiceTaskResult.Empty;
    }
}
