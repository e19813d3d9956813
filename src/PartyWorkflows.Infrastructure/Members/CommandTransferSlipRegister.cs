using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Members;

/// <summary>
/// The register behind record-transfer-slip and record-dossier-received: writes in the running command's transaction,
/// so the slip and the instance's move commit together.
/// </summary>
internal sealed class CommandTransferSlipRegister(TimeProvider time) : ITransferSlipRegister
{
    // Handlers are synchronous; there is no synchronization context in the host to deadlock on.
    public void Record(TransferSlip slip) => Register().RecordAsync(slip).GetAwaiter().GetResult();

    public void DossierReceived(string memberKey, string slipNumber, DateOnly receivedOn) =>
        Register().DossierReceivedAsync(memberKey, slipNumber, receivedOn).GetAwaiter().GetResult();

    private TransferSlipRegister Register() => new(
        ActiveCommand.Db ?? throw new InvalidOperationException("Transfer slips are recorded only inside a workflow command's transaction."),
        time);
}
