namespace PartyWorkflows.Documents.CardCheck;

/// <summary>
/// One unit's figures on the use and keeping of cards in the technical check (seed 002_773bfcc68234de1e.txt §3.1 "biểu
/// báo cáo tình hình sử dụng và bảo quản thẻ đảng viên"; §2: members with a party number and those attending
/// temporarily are checked where they attend).
/// </summary>
/// <param name="Members">Members on the unit's roll.</param>
/// <param name="FullMembers">Of them, full members (only they hold cards).</param>
/// <param name="CardsChecked">Cards collected and checked.</param>
/// <param name="CardsToStamp">Cards in order, proposed for the technical-check stamp (2-KTTĐV).</param>
/// <param name="CardsDamaged">Damaged cards proposed for exchange (3-KTTĐV).</param>
/// <param name="CardsLost">Lost cards proposed for re-issue (4-KTTĐV).</param>
/// <param name="FullMembersWithoutCard">Full members not yet issued a card (5-KTTĐV).</param>
/// <param name="CardsMisused">Cards used or kept against the rules (§2 "xử lý nghiêm các trường hợp vi phạm").</param>
public sealed record CardUsageCounts(
    int Members,
    int FullMembers,
    int CardsChecked,
    int CardsToStamp,
    int CardsDamaged,
    int CardsLost,
    int FullMembersWithoutCard,
    int CardsMisused)
{
    public IReadOnlyList<int> Values => [Members, FullMembers, CardsChecked, CardsToStamp, CardsDamaged, CardsLost, FullMembersWithoutCard, CardsMisused];
}
