namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// The figures of the report on the use and keeping of cards (1-KTTĐV for a cell, 6-KTTĐV summed for the grassroots).
/// The first eight carry the names of the forms' CardUsageCounts (PartyWorkflows.Documents), so the report reads them as
/// they are.
/// </summary>
/// <param name="Members">Members on the cell's list.</param>
/// <param name="FullMembers">Of them, full members (only they hold cards).</param>
/// <param name="CardsChecked">Cards the cell collected and checked: those to stamp and the damaged ones.</param>
/// <param name="CardsToStamp">2-KTTĐV.</param>
/// <param name="CardsDamaged">3-KTTĐV.</param>
/// <param name="CardsLost">4-KTTĐV.</param>
/// <param name="FullMembersWithoutCard">5-KTTĐV.</param>
/// <param name="CardsMisused">Checked cards used or kept against the rules (seed 002 §2 "xử lý nghiêm các trường hợp vi phạm").</param>
/// <param name="CardsNotPresented">Cards of members in the check that were not handed in.</param>
/// <param name="Probationary">Probationary members (no card).</param>
/// <param name="LeftParty">Members who have left the Party (card not stamped).</param>
/// <param name="NotOnRegister">Members not on the superior's list (card not stamped).</param>
public sealed record CardCheckSummary(
    int Members,
    int FullMembers,
    int CardsChecked,
    int CardsToStamp,
    int CardsDamaged,
    int CardsLost,
    int FullMembersWithoutCard,
    int CardsMisused,
    int CardsNotPresented,
    int Probationary,
    int LeftParty,
    int NotOnRegister)
{
    public static CardCheckSummary Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public CardCheckSummary Add(CardCheckSummary other) => new(
        Members + other.Members,
        FullMembers + other.FullMembers,
        CardsChecked + other.CardsChecked,
        CardsToStamp + other.CardsToStamp,
        CardsDamaged + other.CardsDamaged,
        CardsLost + other.CardsLost,
        FullMembersWithoutCard + other.FullMembersWithoutCard,
        CardsMisused + other.CardsMisused,
        CardsNotPresented + other.CardsNotPresented,
        Probationary + other.Probationary,
        LeftParty + other.LeftParty,
        NotOnRegister + other.NotOnRegister);
}
