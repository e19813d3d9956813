namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// Outcome of <see cref="RepeatedLossRule"/>: whether the member is flagged for screening, the losses without a good
/// reason (oldest first) and the day of the loss that crossed the threshold.
/// </summary>
public sealed record RepeatedLossAssessment(bool FlaggedForScreening, IReadOnlyList<CardLoss> LossesWithoutGoodReason, DateOnly? FlaggedSince)
{
    /// <summary>Why the member is or is not flagged, for the cell's screening list.</summary>
    public string Explanation => FlaggedForScreening
        ? $"Đảng viên để mất thẻ {LossesWithoutGoodReason.Count} lần không có lý do chính đáng (lần thứ {RepeatedLossRule.Threshold} ngày {FlaggedSince:dd/MM/yyyy}): đưa vào diện rà soát, xem xét, xử lý."
        : $"Đảng viên để mất thẻ {LossesWithoutGoodReason.Count} lần không có lý do chính đáng: chưa đến mức rà soát.";
}
