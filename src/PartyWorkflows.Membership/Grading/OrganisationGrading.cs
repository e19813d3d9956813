namespace PartyWorkflows.Membership.Grading;

/// <summary>Grassroots organisation grading, seed 001_29955938909379e1.txt §B.I.3–4.</summary>
public static class OrganisationGrading
{
    public const decimal CleanAndStrongFrom = 90m;
    public const decimal GoodFrom = 70m;
    public const decimal CompletedFrom = 50m;
    public const decimal HoChiMinhMinimum = 8m;

    public static OrganisationGradeOutcome Grade(OrganisationGradingFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Ensure(facts);

        var total = facts.Scores.Total;
        var points = $"{total:0.##} điểm";
        var weakness = WeakDefects(facts);
        if (weakness.Count > 0)
        {
            return new OrganisationGradeOutcome(OrganisationGrade.Weak, $"Yếu kém ({points}): {string.Join("; ", weakness)}.");
        }

        if (total >= CleanAndStrongFrom)
        {
            var missing = CleanAndStrongShortfalls(facts);
            if (missing.Count == 0)
            {
                return new OrganisationGradeOutcome(OrganisationGrade.CleanAndStrong, $"Trong sạch, vững mạnh: {points} và đủ các điều kiện.");
            }

            // §B.I.3.2: "thực hiện tốt 7 nhiệm vụ nêu trên, nhưng chưa đạt mức trong sạch, vững mạnh" — 90 points
            // without every condition is still good.
            return new OrganisationGradeOutcome(OrganisationGrade.Good,
                $"Hoàn thành tốt nhiệm vụ: đạt {points} nhưng chưa đủ điều kiện trong sạch, vững mạnh: {string.Join("; ", missing)}.");
        }

        // §B.I.3.2: "có tổng số điểm đạt từ 70 đến dưới 90 điểm"; §B.I.3.3: "có tổng số điểm đạt được từ 50 đến dưới 70 điểm".
        return total >= GoodFrom
            ? new OrganisationGradeOutcome(OrganisationGrade.Good, $"Hoàn thành tốt nhiệm vụ: {points} (từ 70 đến dưới 90).")
            : new OrganisationGradeOutcome(OrganisationGrade.Completed, $"Hoàn thành nhiệm vụ: {points} (từ 50 đến dưới 70).");
    }

    private static List<string> WeakDefects(OrganisationGradingFacts facts)
    {
        var defects = new List<string>();
        // §B.I.3.4: "không hoàn thành nhiệm vụ được giao và đạt dưới 50 điểm".
        if (facts.Scores.Total < CompletedFrom)
        {
            defects.Add("đạt dưới 50 điểm");
        }

        // §B.I.4: "Những đảng bộ, chi bộ xếp loại từ mức hoàn thành nhiệm vụ trở lên ... phải đạt từ 8 điểm trở lên về thực hiện
        // nhiệm vụ học tập tư tưởng và làm theo tấm gương đạo đức Hồ Chí Minh" — below 8 no level above weak is open.
        if (facts.Scores[OrganisationCriterion.HoChiMinhExample] < HoChiMinhMinimum)
        {
            defects.Add("dưới 8 điểm về học tập tư tưởng và làm theo tấm gương đạo đức Hồ Chí Minh");
        }

        // §B.I.3.4: "Nội bộ mất đoàn kết kéo dài, không xử lý kiên quyết, dứt điểm".
        if (facts.ProlongedDisunity)
        {
            defects.Add("nội bộ mất đoàn kết kéo dài, không xử lý kiên quyết, dứt điểm");
        }

        // §B.I.3.4: "Để xảy ra tham nhũng, tiêu cực đến mức có cán bộ, đảng viên phải kỷ luật".
        if (facts.CorruptionLeadingToDiscipline)
        {
            defects.Add("để xảy ra tham nhũng, tiêu cực đến mức có cán bộ, đảng viên phải kỷ luật");
        }

        // §B.I.3.4: "Đảng bộ cơ sở có từ 1/3 số chi bộ trực thuộc trở lên xếp loại yếu kém" — 3*weak >= cells.
        if (facts.SubCells is { } cells && 3L * cells.Weak >= cells.Total)
        {
            defects.Add($"có {cells.Weak}/{cells.Total} chi bộ trực thuộc yếu kém (từ 1/3 trở lên)");
        }

        return defects;
    }

    private static List<string> CleanAndStrongShortfalls(OrganisationGradingFacts facts)
    {
        var missing = new List<string>();
        // §B.I.3.1: "Hoàn thành xuất sắc các nhiệm vụ của đảng bộ, chi bộ; cơ quan chuyên môn và các tổ chức chính trị - xã hội
        // ở cơ sở đều đạt vững mạnh hoặc tiên tiến xuất sắc".
        if (!facts.TasksExcellentAndAffiliatesStrong)
        {
            missing.Add("chưa hoàn thành xuất sắc nhiệm vụ hoặc cơ quan chuyên môn, tổ chức chính trị - xã hội chưa đều đạt vững mạnh");
        }

        // §B.I.3.1: "Không có cấp ủy viên, cán bộ là cấp trưởng, cấp phó ... bị xử lý kỷ luật từ khiển trách trở lên (trừ những
        // trường hợp bị kỷ luật do tổ chức đảng chủ động phát hiện và tích cực đấu tranh, xử lý)".
        if (facts.LeaderDisciplined)
        {
            missing.Add("có cấp ủy viên hoặc cán bộ cấp trưởng, cấp phó bị kỷ luật từ khiển trách trở lên");
        }

        // §B.I.3.1: "Tỷ lệ đảng viên đủ tư cách, hoàn thành tốt nhiệm vụ đạt từ 80% trở lên" — 5*good >= 4*graded; excellent
        // members count, having met the good standard first.
        if (5L * facts.MembersGoodOrBetter < 4L * facts.MembersGraded)
        {
            missing.Add($"tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên {facts.MembersGoodOrBetter}/{facts.MembersGraded}, dưới 80%");
        }

        // §B.I.3.1: "nếu là đảng bộ cơ sở phải có từ 2/3 trở lên số chi bộ trực thuộc đạt trong sạch, vững mạnh và không có chi bộ yếu kém".
        if (facts.SubCells is { } cells)
        {
            if (!VoteThresholds.TwoThirdsOrMore(cells.CleanAndStrong, cells.Total))
            {
                missing.Add($"chỉ {cells.CleanAndStrong}/{cells.Total} chi bộ trực thuộc trong sạch, vững mạnh, dưới 2/3");
            }

            if (cells.Weak > 0)
            {
                missing.Add($"có {cells.Weak} chi bộ trực thuộc yếu kém");
            }
        }

        // §B.I.3.1: "các chi bộ sinh hoạt đều, đúng quy định và tỷ lệ đảng viên dự sinh hoạt bình quân đạt từ 80% trở lên".
        // Applied to a grassroots cell too: its own meetings are "sinh hoạt chi bộ". 5*attended >= 4*expected.
        if (!facts.MeetsRegularly)
        {
            missing.Add("chi bộ sinh hoạt chưa đều, chưa đúng quy định");
        }

        if (5L * facts.AttendancesRecorded < 4L * facts.AttendancesExpected)
        {
            missing.Add($"tỷ lệ đảng viên dự sinh hoạt bình quân {facts.AttendancesRecorded}/{facts.AttendancesExpected}, dưới 80%");
        }

        return missing;
    }

    private static void Ensure(OrganisationGradingFacts facts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(facts.MembersGraded, nameof(facts.MembersGraded));
        if (facts.MembersGoodOrBetter < 0 || facts.MembersGoodOrBetter > facts.MembersGraded)
        {
            throw new ArgumentOutOfRangeException(nameof(facts.MembersGoodOrBetter), facts.MembersGoodOrBetter, "Must lie between 0 and the members graded.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(facts.AttendancesExpected, nameof(facts.AttendancesExpected));
        if (facts.AttendancesRecorded < 0 || facts.AttendancesRecorded > facts.AttendancesExpected)
        {
            throw new ArgumentOutOfRangeException(nameof(facts.AttendancesRecorded), facts.AttendancesRecorded, "Must lie between 0 and the attendances expected.");
        }
    }
}
