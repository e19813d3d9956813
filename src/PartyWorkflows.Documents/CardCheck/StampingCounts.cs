namespace PartyWorkflows.Documents.CardCheck;

/// <summary>
/// One grassroots organisation's stamping results (seed 002_773bfcc68234de1e.txt §4: the superior's organization
/// department stamps the cards, exchanges or re-issues damaged and lost ones, and reports with form 7-KTTĐV).
/// </summary>
/// <param name="Members">Members on the roll.</param>
/// <param name="FullMembers">Of them, full members.</param>
/// <param name="Stamped">Cards stamped in the check's box.</param>
/// <param name="Exchanged">Damaged cards exchanged (stamped in the boxes from the card's period to the current one).</param>
/// <param name="Reissued">Lost cards re-issued.</param>
/// <param name="FullMembersWithoutCard">Full members still without a card.</param>
/// <param name="NotStamped">Cards not stamped: holders who have left the Party (§2 "thay cho việc thu lại thẻ").</param>
/// <param name="CardsMisused">Cards used or kept against the rules.</param>
public sealed record StampingCounts(
    int Members,
    int FullMembers,
    int Stamped,
    int Exchanged,
    int Reissued,
    int FullMembersWithoutCard,
    int NotStamped,
    int CardsMisused)
{
    public IReadOnlyList<int> Values => [Members, FullMembers, Stamped, Exchanged, Reissued, FullMembersWithoutCard, NotStamped, CardsMisused];
}
