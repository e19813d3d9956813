namespace PartyWorkflows.Membership.Grading;

/// <summary>Percentage quotas on whole people or organisations, in integer arithmetic.</summary>
public static class Quota
{
    /// <summary>
    /// The largest count that stays within <paramref name="percent"/> % of <paramref name="basis"/>. The seeds say
    /// "tối đa không vượt quá" (must not exceed), so a fractional allowance rounds down (floor): 15 % of 19 is 2.85,
    /// and a third excellent member would exceed it.
    /// </summary>
    public static int MaxCount(int basis, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(basis);
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        return (int)(basis * (long)percent / 100);
    }
}
