namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// The yearly award rounds. Seed 000 §VI.5: "sau mỗi đợt xét tặng Huy hiệu Đảng (3-2, 19-5, 2-9, 7-11 hằng năm)";
/// seed 003 §1.9: "tổ chức lễ trao tặng/truy tặng Huy hiệu đảng đợt 03/2, 19/5, 02/9, 07/11". The extra occasions that
/// seed 003 §1.9 lets the city standing committee add ("các dịp kỷ niệm quan trọng khác") are not modelled yet.
/// </summary>
public static class BadgeAwardRounds
{
    private static readonly (int Month, int Day)[] Dates = [(2, 3), (5, 19), (9, 2), (11, 7)];

    /// <summary>The four round dates of <paramref name="year"/>, in order.</summary>
    public static IReadOnlyList<DateOnly> Of(int year) => [.. Dates.Select(d => new DateOnly(year, d.Month, d.Day))];

    public static bool IsRound(DateOnly day) => Dates.Contains((day.Month, day.Day));

    /// <summary>
    /// The round a milestone reached on <paramref name="reachedOn"/> is awarded at: the first round on or after that
    /// day, because the member must already "có đủ … năm tuổi đảng" (seed 000 §VI.1) when the round is held —
    /// a milestone reached on the round day itself counts for that round.
    /// </summary>
    public static DateOnly FirstOnOrAfter(DateOnly reachedOn) =>
        Of(reachedOn.Year).Concat(Of(reachedOn.Year + 1)).First(round => round >= reachedOn);

    /// <summary>The round at which the <paramref name="years"/>-year badge is due for a member.</summary>
    public static DateOnly ForMilestone(DateOnly partyAgeCountsFrom, int years)
    {
        BadgeMilestones.EnsureMilestone(years);
        return FirstOnOrAfter(PartyAge.ReachedOn(partyAgeCountsFrom, years));
    }
}
