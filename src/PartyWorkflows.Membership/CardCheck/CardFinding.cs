namespace PartyWorkflows.Membership.CardCheck;

/// <summary>What the cell found when collecting a member's card (seed 002 §3.1).</summary>
public enum CardFinding
{
    /// <summary>The card was handed in for the stamp (list 2-KTTĐV).</summary>
    Presented,

    /// <summary>The card is damaged and is to be exchanged (list 3-KTTĐV).</summary>
    Damaged,

    /// <summary>The card is lost and is to be re-issued (list 4-KTTĐV).</summary>
    Lost,

    /// <summary>A full member who has never been issued (or exchanged) a card (list 5-KTTĐV).</summary>
    NeverIssued,

    /// <summary>The card was not handed in, for no reason recorded.</summary>
    NotPresented,
}
