namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Seed 001_29955938909379e1.txt §B.I.3.1: "số tổ chức cơ sở đảng được khen thưởng tối đa không vượt quá 20% tổng số tổ
/// chức cơ sở đảng đạt trong sạch, vững mạnh". Rounded down (<see cref="Quota.MaxCount"/>): 9 clean-and-strong allow 1.
/// </summary>
public static class ExemplaryOrganisationQuota
{
    public const int Percent = 20;

    /// <summary>Keeps the best-voted exemplary nominations; the rest stay clean-and-strong without the award.</summary>
    public static QuotaSelection Select(IReadOnlyList<QuotaCandidate> nominations, int cleanAndStrong)
    {
        ArgumentNullException.ThrowIfNull(nominations);
        if (cleanAndStrong < nominations.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(cleanAndStrong), cleanAndStrong, $"Must include the {nominations.Count} nominated organisations.");
        }

        return QuotaSelector.Select(nominations, Quota.MaxCount(cleanAndStrong, Percent));
    }
}
