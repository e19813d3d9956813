namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// Eligibility of cells and grassroots organisations for the superior committee's certificate and the province's diploma,
/// seed 001_29955938909379e1.txt §C.I–II.1. The qualitative conditions ("có nhiều phong trào thi đua, nhân tố mới, điển hình
/// tiên tiến") stay with the committee's judgement.
/// </summary>
public static class OrganisationRewardEligibility
{
    /// <summary>"từ 95 điểm trở lên" (§C.II.1).</summary>
    public const int MinScore = 95;

    public const int CellCertificateYears = 3;
    public const int GrassrootsCertificateYears = 1;
    public const int GrassrootsDiplomaYears = 3;
    public const int GrassrootsDiplomaCoolDownYears = 3;

    /// <summary>
    /// §C.I.2: "Tặng giấy khen cho chi bộ trực thuộc đảng ủy cơ sở “Trong sạch vững mạnh tiêu biểu” 3 năm liên tục"; §C.II.1:
    /// "Tổ chức đảng đề nghị Ban Thường vụ Đảng ủy Khối khen thưởng ... hằng năm phải có số điểm từ 95 điểm trở lên ...; tỷ lệ
    /// đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ hằng năm đạt trên 90%, không có đảng viên không hoàn thành nhiệm vụ".
    /// </summary>
    public static RewardOutcome CellCertificate(OrganisationRewardFacts facts) =>
        Check("giấy khen của Ban Thường vụ cấp ủy cấp trên cho chi bộ", facts, CellCertificateYears, noMemberNotCompleted: true, coolDownYears: null);

    /// <summary>
    /// §C.I.2: "tặng giấy khen cho TCCSĐ đạt “Trong sạch, vững mạnh” tiêu biểu năm 2011" — the one year proposed for — with the
    /// same annual conditions of §C.II.1 quoted on <see cref="CellCertificate"/>.
    /// </summary>
    public static RewardOutcome GrassrootsCertificate(OrganisationRewardFacts facts) =>
        Check("giấy khen của Ban Thường vụ cấp ủy cấp trên cho tổ chức cơ sở đảng", facts, GrassrootsCertificateYears, noMemberNotCompleted: true, coolDownYears: null);

    /// <summary>
    /// §C.I.3: "Tặng bằng khen tổ chức cơ sở đảng đạt tiêu chuẩn “ Trong sạch, vững mạnh” tiêu biểu 3 năm liền"; §C.II.1: "những
    /// tổ chức đảng đã được khen ... thì phải sau 3 năm (kể từ ngày được khen) mới đề nghị khen thưởng"; "Tổ chức cơ sở đảng đề
    /// nghị Ban Thường vụ Tỉnh ủy khen thưởng ... hằng năm phải có số điểm từ 95 điểm trở lên ...; tỷ lệ đảng viên đủ tư cách,
    /// hoàn thành tốt nhiệm vụ hằng năm đạt trên 90%" — this paragraph does not repeat "không có đảng viên không hoàn thành
    /// nhiệm vụ", so it is not required here.
    /// </summary>
    public static RewardOutcome GrassrootsDiploma(OrganisationRewardFacts facts) =>
        Check("bằng khen của Ban Thường vụ Tỉnh ủy cho tổ chức cơ sở đảng", facts, GrassrootsDiplomaYears, noMemberNotCompleted: false, GrassrootsDiplomaCoolDownYears);

    /// <summary>"trên 90%" — strictly more than nine tenths: <c>10*good &gt; 9*graded</c>; exactly 90 % is not enough.</summary>
    public static bool MoreThanNinetyPercentGood(int goodOrBetter, int graded) => 10L * goodOrBetter > 9L * graded;

    private static RewardOutcome Check(string award, OrganisationRewardFacts facts, int streak, bool noMemberNotCompleted, int? coolDownYears)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var shortfalls = new List<string>();
        if (EmulationRegistration.Shortfall(facts.RegisteredAtStartOfYear) is { } unregistered)
        {
            shortfalls.Add(unregistered);
        }

        foreach (var year in ConsecutiveYears.Ending(facts.ProposalYear, streak))
        {
            var record = facts.Years.SingleOrDefault(y => y.Year == year);
            shortfalls.AddRange(record is null
                ? [$"năm {year}: không có kết quả đánh giá"]
                : YearShortfalls(record, noMemberNotCompleted).Select(s => $"năm {year}: {s}"));
        }

        if (coolDownYears is { } years && AwardCoolDown.Shortfall(facts.LastProvinceAwardOn, years, facts.NominatedOn) is { } tooSoon)
        {
            shortfalls.Add(tooSoon);
        }

        var span = streak == 1 ? $"năm {facts.ProposalYear}" : $"{streak} năm liên tục {ConsecutiveYears.Label(facts.ProposalYear, streak)}";
        return RewardOutcome.FromShortfalls($"{award} ({span})", shortfalls);
    }

    private static List<string> YearShortfalls(OrganisationRewardYear year, bool noMemberNotCompleted)
    {
        Ensure(year);
        var shortfalls = new List<string>();
        if (!year.ExemplaryCleanAndStrong)
        {
            shortfalls.Add("không đạt trong sạch, vững mạnh tiêu biểu");
        }

        if (year.Score < MinScore)
        {
            shortfalls.Add($"đạt {year.Score:0.##} điểm, dưới 95 điểm");
        }

        if (!MoreThanNinetyPercentGood(year.MembersGoodOrBetter, year.MembersGraded))
        {
            shortfalls.Add($"tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên {year.MembersGoodOrBetter}/{year.MembersGraded}, không trên 90%");
        }

        if (noMemberNotCompleted && year.MembersNotCompleted > 0)
        {
            shortfalls.Add($"có {year.MembersNotCompleted} đảng viên không hoàn thành nhiệm vụ");
        }

        return shortfalls;
    }

    // An impossible count is a data error upstream, not a failed condition: refuse it loudly, naming the field.
    private static void Ensure(OrganisationRewardYear year)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(year.MembersGraded, nameof(year.MembersGraded));
        if (year.MembersGoodOrBetter < 0 || year.MembersGoodOrBetter + year.MembersNotCompleted > year.MembersGraded)
        {
            throw new ArgumentOutOfRangeException(nameof(year.MembersGoodOrBetter), year.MembersGoodOrBetter, "Good and not-completed members must fit within the members graded.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(year.MembersNotCompleted, nameof(year.MembersNotCompleted));
    }
}
