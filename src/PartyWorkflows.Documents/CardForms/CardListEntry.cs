using PartyWorkflows.Documents.Members;

namespace PartyWorkflows.Documents.CardForms;

/// <summary>A member on a card list.</summary>
/// <param name="CardNumber">The card number: allocated (1A-TĐV, 8-TĐV, 9-TĐV), or the card being replaced (2/3-TĐV).</param>
/// <param name="NewCardNumber">A lost card's new number, once allocated (2A-TĐV, 4-TĐV).</param>
/// <param name="Reason">Why the card was lost or damaged, from the member's self-criticism (2/3-TĐV).</param>
/// <param name="GrassrootsName">The member's grassroots organisation, on the superior's consolidated lists.</param>
public sealed record CardListEntry(
    MemberParticulars Member,
    string? CardNumber = null,
    string? NewCardNumber = null,
    string? Reason = null,
    string? GrassrootsName = null,
    string? Note = null);
