using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Membership.Members;

/// <summary>
/// Service task record-transfer-slip of the transfer workflow: the slip goes on record at the receiving committee, which
/// checks it every quarter (seed 000_29c5dfa480f916c0.txt §IV.2; seed 003_8ecac7def258469f.txt §1.3). Reads memberKey,
/// fromOrganisationId, toOrganisationId, slipNumber and issuedOn (yyyy-MM-dd). Idempotent per slip number.
/// </summary>
public sealed class RecordTransferSlipHandler(ITransferSlipRegister register) : IServiceTaskHandler
{
    public const string HandlerName = "record-transfer-slip";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        register.Record(new TransferSlip(
            TransferVariables.Key(context, "slipNumber"),
            TransferVariables.Key(context, "memberKey"),
            TransferVariables.Id(context, "fromOrganisationId"),
            TransferVariables.Id(context, "toOrganisationId"),
            TransferVariables.Date(context, "issuedOn")));
        return ServiceTaskResult.Empty;
    }
}
