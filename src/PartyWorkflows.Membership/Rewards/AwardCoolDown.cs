namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// The wait after an award of the same level. Seed 001_29955938909379e1.txt §C.II.1: "những tổ chức đảng đã được khen các
/// năm 2009, 2010 thì phải sau 3 năm (kể từ ngày được khen) mới đề nghị khen thưởng"; §C.II.2: "phải sau 03 năm kể từ ngày
/// được khen mới đề nghị" and "phải sau 05 năm kể từ ngày được khen mới đề nghị".
/// <para>
/// Counted by date, not by grading year: the seed says "kể từ ngày được khen" (from the day of the award). The years run
/// from the award's decision date to the day the nomination is made ("mới đề nghị"); they are complete on the anniversary,
/// so a nomination on the anniversary is allowed and one the day before is refused. An award made on 29 February completes
/// its years on 1 March of a common year (never on 28 February, which would be a day short).
/// </para>
/// </summary>
public static class AwardCoolDown
{
    /// <summary>The first day a new nomination of the same level may be made.</summary>
    public static DateOnly EarliestNomination(DateOnly awardedOn, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);
        var anniversary = awardedOn.AddYears(years);
        return anniversary.Day < awardedOn.Day ? anniversary.AddDays(1) : anniversary;
    }

    /// <summary>Null when the nominee never received this level: nothing to wait for.</summary>
    public static string? Shortfall(DateOnly? lastAwardedOn, int years, DateOnly nominatedOn)
    {
        if (lastAwardedOn is not { } awardedOn)
        {
            return null;
        }

        var earliest = EarliestNomination(awardedOn, years);
        return nominatedOn >= earliest
            ? null
            : $"được khen cùng cấp ngày {awardedOn:dd/MM/yyyy}, phải sau {years} năm kể từ ngày được khen (từ ngày {earliest:dd/MM/yyyy}) mới được đề nghị";
    }
}
