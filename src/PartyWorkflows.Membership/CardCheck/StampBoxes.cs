namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// Which technical-check boxes (ô số 1..4) the organization department stamps. Seed 002_773bfcc68234de1e.txt §4: a
/// checked card gets the round's box; an exchanged or re-issued card gets "ô số 3 và ô số 4; hoặc ô số 2, ô số 3 và ô
/// số 4; hoặc ô số 1, ô số 2, ô số 3 và ô số 4". The seed does not say which applies when; we read it as every box from
/// the round in which the member's original card was first issued up to this round, since the original carried those
/// (seed 000 §V.2 stamps a new card with the box of its period). Unknown first round: every box from 1.
/// </summary>
public static class StampBoxes
{
    public static IReadOnlyList<int> ForCheckedCard(int round) => [round];

    public static IReadOnlyList<int> ForNewCard(int round, int? cardFirstRound)
    {
        var first = Math.Clamp(cardFirstRound ?? 1, 1, round);
        return [.. Enumerable.Range(first, round - first + 1)];
    }
}
