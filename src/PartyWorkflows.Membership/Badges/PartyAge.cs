namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// Party age (tuổi đảng) counted from the admission date. The seeds state no deduction for interrupted membership
/// (seed 000 §VI.2 defers the standard to Điểm 27.3.1 Quy định 24-QĐ/TW, which is not among the seeds), so the
/// caller passes the date the party age counts from.
/// </summary>
public static class PartyAge
{
    /// <summary>Whole years of party age on <paramref name="on"/>.</summary>
    public static int CompletedYears(DateOnly countsFrom, DateOnly on)
    {
        if (on < countsFrom)
        {
            return 0;
        }

        var years = on.Year - countsFrom.Year;
        return countsFrom.AddYears(years) > on ? years - 1 : years;
    }

    /// <summary>
    /// The day the member "có đủ" <paramref name="years"/> years of party age (seed 000 §VI.1): the anniversary of
    /// the date the party age counts from.
    /// </summary>
    public static DateOnly ReachedOn(DateOnly countsFrom, int years) => countsFrom.AddYears(years);
}
