namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Quy định 366-QĐ/TW: excellent members at most 20 % of those rated good, 25 % in outstanding units (figures from the
/// grading brief, not a seed). Rounded down like seed 001's quota (<see cref="Quota.MaxCount"/>).
/// </summary>
public static class Regulation366ExcellentQuota
{
    public const int Percent = 20;
    public const int OutstandingUnitPercent = 25;

    /// <summary>Keeps the best-voted excellent candidates within the quota; the rest drop to good.</summary>
    public static QuotaSelection Select(IReadOnlyList<QuotaCandidate> candidates, int goodOrBetter, bool outstandingUnit) =>
        ExcellentQuota.Select(candidates, goodOrBetter, outstandingUnit ? OutstandingUnitPercent : Percent);
}
