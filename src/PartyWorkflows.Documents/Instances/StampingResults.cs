using PartyWorkflows.Documents.CardCheck;
using PartyWorkflows.Membership.CardCheck;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// A grassroots organisation's row of 7-KTTĐV (seed 002_773bfcc68234de1e.txt §4) from its consolidated report, which the
/// standing committee approved before the stamping, and the list of invalid cards (§5). Exchanged and re-issued count
/// the approved cards, which the called card-replacement cases make and may still be making when the report is due.
/// Not stamped counts the cards of holders who have left the Party, reported cells or not (§2 "thay cho việc thu lại thẻ").
/// </summary>
internal static class StampingResults
{
    public static StampingCounts Of(CardCheckReport grassroots, IReadOnlyList<InvalidCard> invalidCards)
    {
        var s = grassroots.Summary;
        return new StampingCounts(
            s.Members,
            s.FullMembers,
            Stamped: s.CardsToStamp,
            Exchanged: s.CardsDamaged,
            Reissued: s.CardsLost,
            s.FullMembersWithoutCard,
            NotStamped: invalidCards.Count(c => c.Reason == InvalidCardReason.LeftParty),
            s.CardsMisused);
    }
}
