namespace PartyWorkflows.Membership.CardCheck;

/// <summary>Why a card has no validity from the day after the campaign (seed 002 §5).</summary>
public enum InvalidCardReason
{
    /// <summary>The member's cell had not reported by the end of the campaign.</summary>
    CellNotReported,

    /// <summary>The card was not handed in for the check.</summary>
    NotPresented,

    /// <summary>The card was reported lost; the re-issued card replaces it.</summary>
    Lost,

    /// <summary>The card was reported damaged; the exchanged card replaces it.</summary>
    Damaged,

    /// <summary>The holder has left the Party; the unstamped card replaces collecting it (seed 002 §2).</summary>
    LeftParty,

    /// <summary>The holder is not on the superior's member list, so the card was not stamped.</summary>
    NotOnRegister,
}
