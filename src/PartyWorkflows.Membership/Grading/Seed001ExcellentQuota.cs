namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Seed 001_29955938909379e1.txt §B.II.4.1: "Số đảng viên hoàn thành xuất sắc nhiệm vụ tối đa không vượt quá 15% tổng
/// số đảng viên hoàn thành tốt nhiệm vụ". Rounded down (<see cref="Quota.MaxCount"/>): 20 good allow 3, 19 allow 2.
/// </summary>
public static class Seed001ExcellentQuota
{
    public const int Percent = 15;

    /// <summary>Keeps the best-voted excellent candidates within the quota; the rest drop to good.</summary>
    public static QuotaSelection Select(IReadOnlyList<QuotaCandidate> candidates, int goodOrBetter) =>
        ExcellentQuota.Select(candidates, goodOrBetter, Percent);
}
