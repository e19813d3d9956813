namespace PartyWorkflows.Membership.Rewards;

/// <summary>Eligibility of members for the superior committee's certificate and the province's diploma, seed 001_29955938909379e1.txt §C.I–II.2.</summary>
public static class MemberRewardEligibility
{
    public const int CertificateYears = 3;
    public const int CertificateTitles = 1;
    public const int CertificateCoolDownYears = 3;
    public const int DiplomaYears = 5;
    public const int DiplomaTitles = 2;
    public const int DiplomaCertificates = 1;
    public const int DiplomaCoolDownYears = 5;

    /// <summary>
    /// §C.II.2: "Ban Thường vụ Đảng uỷ Khối tặng giấy khen cho đảng viên đủ tư cách, hoàn thành xuất sắc nhiệm vụ 3 năm liên tục
    /// (2009 - 2011); trong 3 năm có ít nhất 01 lần đạt danh hiệu “ Chiến sỹ thi đua cơ sở” hoặc tương đương trở lên ...
    /// (Những đảng viên đã được Đảng ủy Khối khen thưởng ... thì phải sau 03 năm kể từ ngày được khen mới đề nghị)."
    /// </summary>
    public static RewardOutcome SuperiorCertificate(MemberRewardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var shortfalls = Common(facts, CertificateYears, out var window);
        var titles = window.Count(y => y.EmulationTitle);
        if (titles < CertificateTitles)
        {
            shortfalls.Add($"trong {CertificateYears} năm chưa có lần nào đạt danh hiệu “Chiến sỹ thi đua cơ sở” hoặc tương đương trở lên");
        }

        if (AwardCoolDown.Shortfall(facts.LastSuperiorAwardOn, CertificateCoolDownYears, facts.NominatedOn) is { } tooSoon)
        {
            shortfalls.Add(tooSoon);
        }

        return RewardOutcome.FromShortfalls(
            $"giấy khen của Ban Thường vụ cấp ủy cấp trên ({CertificateYears} năm liên tục {ConsecutiveYears.Label(facts.ProposalYear, CertificateYears)})", shortfalls);
    }

    /// <summary>
    /// §C.II.2: "tặng bằng khen cho đảng viên đủ tư cách, hoàn thành xuất sắc nhiệm vụ 05 năm liên tục (2007 - 2011); có 01 lần
    /// được Ban Thường vụ Đảng ủy Khối tặng giấy khen và 02 lần đạt danh hiệu “ Chiến sỹ thi đua cơ sở” hoặc tương đương trở lên
    /// (Những đảng viên đã được Tỉnh ủy khen thưởng ... thì phải sau 05 năm kể từ ngày được khen mới đề nghị)." The certificate and
    /// the titles are counted within the five years, which the sentence dates; "01 lần", "02 lần" are read as at least.
    /// </summary>
    public static RewardOutcome ProvinceDiploma(MemberRewardFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var shortfalls = Common(facts, DiplomaYears, out var window);
        if (window.Count(y => y.SuperiorCertificate) < DiplomaCertificates)
        {
            shortfalls.Add($"trong {DiplomaYears} năm chưa được Ban Thường vụ cấp ủy cấp trên tặng giấy khen");
        }

        var titles = window.Count(y => y.EmulationTitle);
        if (titles < DiplomaTitles)
        {
            shortfalls.Add($"trong {DiplomaYears} năm mới có {titles} lần đạt danh hiệu “Chiến sỹ thi đua cơ sở” hoặc tương đương trở lên, cần 2 lần");
        }

        if (AwardCoolDown.Shortfall(facts.LastProvinceAwardOn, DiplomaCoolDownYears, facts.NominatedOn) is { } tooSoon)
        {
            shortfalls.Add(tooSoon);
        }

        return RewardOutcome.FromShortfalls(
            $"bằng khen của Ban Thường vụ Tỉnh ủy ({DiplomaYears} năm liên tục {ConsecutiveYears.Label(facts.ProposalYear, DiplomaYears)})", shortfalls);
    }

    // The registration precondition (§C.III) and the unbroken streak of excellent years, shared by both awards.
    private static List<string> Common(MemberRewardFacts facts, int streak, out List<MemberRewardYear> window)
    {
        var shortfalls = new List<string>();
        if (EmulationRegistration.Shortfall(facts.RegisteredAtStartOfYear) is { } unregistered)
        {
            shortfalls.Add(unregistered);
        }

        window = [];
        foreach (var year in ConsecutiveYears.Ending(facts.ProposalYear, streak))
        {
            var record = facts.Years.SingleOrDefault(y => y.Year == year);
            if (record is null || !record.Excellent)
            {
                shortfalls.Add($"năm {year}: không đạt đủ tư cách, hoàn thành xuất sắc nhiệm vụ");
            }

            if (record is not null)
            {
                window.Add(record);
            }
        }

        return shortfalls;
    }
}
