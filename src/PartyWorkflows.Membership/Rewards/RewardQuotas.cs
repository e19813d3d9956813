using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// How many nominations a level may keep, seed 001_29955938909379e1.txt §C.II. Every percentage rounds down
/// (<see cref="Quota.MaxCount"/>): the seed says "không quá" / "không vượt quá", so a fractional place would exceed it —
/// 15 % of 20 is 3, of 19 is 2. The province's allocation, where the seed defers to it, is a further cap passed in.
/// </summary>
public static class RewardQuotas
{
    public const int ExemplaryCellsPercent = 20;
    public const int CellNominationsPercent = 15;
    public const int MemberCertificatesPercent = 15;

    /// <summary>
    /// §C.II.1: "Số đảng bộ bộ phận, chi bộ trực thuộc đảng uỷ cơ sở đạt trong sạch, vững mạnh tiêu biểu không quá 20% số tổ
    /// chức đảng trong sạch, vững mạnh của đảng bộ".
    /// </summary>
    public static QuotaSelection ExemplaryCells(IReadOnlyList<QuotaCandidate> candidates, int cleanAndStrong) =>
        Select(candidates, Quota.MaxCount(cleanAndStrong, ExemplaryCellsPercent));

    /// <summary>
    /// §C.II.1: "Số chi bộ trực thuộc đảng uỷ cơ sở đề nghị Đảng uỷ Khối khen thưởng ... không vượt quá 15% số tổ chức đảng trong
    /// sạch, vững mạnh tiêu biểu của đảng bộ cơ sở".
    /// </summary>
    public static QuotaSelection CellNominations(IReadOnlyList<QuotaCandidate> candidates, int exemplaryCleanAndStrong) =>
        Select(candidates, Quota.MaxCount(exemplaryCleanAndStrong, CellNominationsPercent));

    /// <summary>
    /// §C.II.2: "số lượng không vượt quá 15% số đảng viên hoàn thành xuất sắc nhiệm vụ trong năm đề nghị".
    /// </summary>
    public static QuotaSelection MemberCertificates(IReadOnlyList<QuotaCandidate> candidates, int excellentThisYear) =>
        Select(candidates, Quota.MaxCount(excellentThisYear, MemberCertificatesPercent));

    /// <summary>
    /// Province diplomas have no percentage, only the allocation: §C.II.1 "theo chỉ tiêu phân bổ của Hội đồng Thi đua – Khen
    /// thưởng Tỉnh ủy (số lượng 07 tổ chức cơ sở đảng)"; §C.II.2 "phân bổ số lượng đảng viên ... là 10 đồng chí". The number
    /// changes each year, so it is an input.
    /// </summary>
    public static QuotaSelection ProvinceAllocation(IReadOnlyList<QuotaCandidate> candidates, int allocation) =>
        Select(candidates, allocation);

    private static QuotaSelection Select(IReadOnlyList<QuotaCandidate> candidates, int maxCount)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return QuotaSelector.Select(candidates, maxCount);
    }
}
