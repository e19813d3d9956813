namespace PartyWorkflows.Membership.Transfers;

/// <summary>
/// Whether a full transfer may go ahead. Quy định 294-QĐ/TW (seed 003 preamble; not quoted in the seed): no full transfer
/// while the member is under inspection, under disciplinary review or while a complaint or denunciation is being handled —
/// the sending committee finishes the case first. Seed 003 §2.1 lists the same activities ("kiểm tra, giám sát, kỷ luật
/// Đảng: Giải quyết đơn thư khiếu nại, tố cáo") as ones the sending side must settle. Every reason that applies is given.
/// </summary>
public static class TransferEligibility
{
    public static TransferAssessment Assess(TransferStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        var reasons = new List<string>();
        if (standing.UnderInspection)
        {
            reasons.Add("Đảng viên đang bị kiểm tra");
        }

        if (standing.UnderDisciplinaryReview)
        {
            reasons.Add("Đảng viên đang bị xem xét kỷ luật");
        }

        if (standing.ComplaintPending)
        {
            reasons.Add("Đang giải quyết khiếu nại, tố cáo liên quan đến đảng viên");
        }

        return reasons.Count == 0
            ? TransferAssessment.Allowed
            : new TransferAssessment(true, $"Chưa chuyển sinh hoạt đảng chính thức: {string.Join("; ", reasons)}.");
    }
}
