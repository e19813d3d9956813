namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// The data of a cell's forms (seed 002 §3.1: 1-KTTĐV summary, 2-KTTĐV cards to stamp, 3-KTTĐV damaged cards to
/// exchange, 4-KTTĐV lost cards to re-issue, 5-KTTĐV full members never issued a card) or, summed over the cells, of the
/// grassroots committee's 6-KTTĐV (§3.2).
/// </summary>
public sealed record CardCheckReport(
    CardCheckSummary Summary,
    IReadOnlyList<CardCheckEntry> ToStamp,
    IReadOnlyList<CardCheckEntry> Damaged,
    IReadOnlyList<CardCheckEntry> Lost,
    IReadOnlyList<CardCheckEntry> NeverIssued,
    IReadOnlyList<NotCheckedEntry> NotChecked)
{
    public static CardCheckReport Empty { get; } = new(CardCheckSummary.Zero, [], [], [], [], []);

    public CardCheckReport Add(CardCheckReport other) => new(
        Summary.Add(other.Summary),
        [.. ToStamp, .. other.ToStamp],
        [.. Damaged, .. other.Damaged],
        [.. Lost, .. other.Lost],
        [.. NeverIssued, .. other.NeverIssued],
        [.. NotChecked, .. other.NotChecked]);
}
