namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// How far before the milestone a badge may be awarded early. Seed 003 §1.9 allows early awards for the seriously ill
/// ("Trường hợp đảng viên bị bệnh nặng đề nghị tặng Huy hiệu Đảng sớm") and seed 000 §VI.2 defers the standard to
/// Điểm 27.3.1 Quy định 24-QĐ/TW and Điểm 18 Hướng dẫn 01-HD/TW, but neither seed states the limits: these figures
/// come from issue 4 and must be confirmed against those texts.
/// </summary>
public static class EarlyAwardLimits
{
    /// <summary>Months early allowed for a seriously ill member: 12 for the 30–65-year badges, 24 from 70 years.</summary>
    public static int SeriouslyIllMonths(int years)
    {
        BadgeMilestones.EnsureMilestone(years);
        return years >= 70 ? 24 : 12;
    }

    /// <summary>Months short of the milestone at death for which a badge may still be awarded posthumously.</summary>
    public const int PosthumousMonths = 12;
}
