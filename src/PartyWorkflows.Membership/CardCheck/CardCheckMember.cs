namespace PartyWorkflows.Membership.CardCheck;

/// <summary>A member on a cell's list for the technical check, with the cell's finding once it has checked.</summary>
/// <param name="IsFullMember">Probationary members have no card yet (seed 000 §V.2: cards go to full members).</param>
/// <param name="IsTemporary">Attends this cell temporarily, the membership number staying with the sending cell.</param>
/// <param name="OnPartyRegister">On the member list the superior committee's organization department keeps.</param>
/// <param name="HasLeftParty">Expelled, removed or resigned: the card is not stamped.</param>
/// <param name="CardFirstRound">The box of the round in which the member's current card was first issued, when known.</param>
/// <param name="FindingReason">The cell's note on the finding (the reason a card was lost or damaged, or never issued).</param>
/// <param name="Misused">The cell found the card used or kept against the rules.</param>
public sealed record CardCheckMember(
    string MemberKey,
    string FullName,
    bool IsFullMember,
    bool IsTemporary,
    bool OnPartyRegister,
    bool HasLeftParty,
    string? CardNumber,
    int? CardFirstRound,
    CardFinding Finding = CardFinding.NotPresented,
    string? FindingReason = null,
    bool Misused = false);
