namespace PartyWorkflows.Membership.Grading;

/// <summary>Caps the excellent members at a percentage of the members graded good, best-voted kept.</summary>
public static class ExcellentQuota
{
    /// <summary>
    /// <paramref name="goodOrBetter"/> counts the candidates themselves: an excellent member first meets the good
    /// standard, and excluding them would make the base grow with every member dropped — a circular quota.
    /// </summary>
    public static QuotaSelection Select(IReadOnlyList<QuotaCandidate> candidates, int goodOrBetter, int percent)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (goodOrBetter < candidates.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(goodOrBetter), goodOrBetter, $"Must include the {candidates.Count} excellent candidates.");
        }

        return QuotaSelector.Select(candidates, Quota.MaxCount(goodOrBetter, percent));
    }
}
