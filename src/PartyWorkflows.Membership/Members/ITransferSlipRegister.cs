namespace PartyWorkflows.Membership.Members;

/// <summary>The receiving committee's register of transfer notice slips and arrived dossiers.</summary>
public interface ITransferSlipRegister
{
    /// <summary>Puts the slip on record; a slip number already on record is left as it is.</summary>
    void Record(TransferSlip slip);

    /// <summary>Marks the member's dossier received on the slip (and the dossier itself held by the receiving committee).</summary>
    /// <exception cref="InvalidOperationException">No slip with that number for that member.</exception>
    void DossierReceived(string memberKey, string slipNumber, DateOnly receivedOn);
}
