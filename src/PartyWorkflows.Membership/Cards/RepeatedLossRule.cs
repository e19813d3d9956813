namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// Flags a member who keeps losing the party card for screening. Seed 003_8ecac7def258469f.txt §1.9 (Quản lý thẻ
/// đảng): "tiến hành xem xét, xử lý nghiêm đảng viên để mất thẻ nhiều lần mà không có lý do chính đáng", and the
/// screening list of the same seed: "Rà soát thẻ đảng viên: ... làm mất thẻ đảng viên".
/// </summary>
/// <remarks>
/// The seed gives no number for "nhiều lần" and no period. We take the smallest reading: the second loss whose reason
/// the cell did not accept flags the member, and every such loss on record counts, however old. A loss with an
/// accepted reason never counts ("mà không có lý do chính đáng" qualifies each loss).
/// </remarks>
public static class RepeatedLossRule
{
    /// <summary>Losses without a good reason that make "nhiều lần" (our smallest reading, see remarks).</summary>
    public const int Threshold = 2;

    public static RepeatedLossAssessment Assess(IEnumerable<CardLoss> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var withoutGoodReason = history.Where(l => !l.ReasonAccepted).OrderBy(l => l.LostOn).ToList();
        var flagged = withoutGoodReason.Count >= Threshold;
        return new RepeatedLossAssessment(flagged, withoutGoodReason, flagged ? withoutGoodReason[Threshold - 1].LostOn : null);
    }
}
