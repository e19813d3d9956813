namespace PartyWorkflows.Membership.Members;

/// <summary>Where a dossier is.</summary>
public enum DossierStatus
{
    /// <summary>Kept by the committee, checked against its list of contents.</summary>
    Held,

    /// <summary>Sealed and handed to the member at a transfer (seed 000_29c5dfa480f916c0.txt §III.2), not yet received.</summary>
    InTransit,
}
