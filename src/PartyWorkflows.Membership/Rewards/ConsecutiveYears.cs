namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// The grading years a "N năm liên tục" / "N năm liền" streak covers. Seed 001_29955938909379e1.txt §C.II.2 dates them:
/// "3 năm liên tục (2009 - 2011)" and "05 năm liên tục (2007 - 2011)" for the 2011 round — the streak ends with the
/// year proposed for and counts whole grading years, so a gap in any of them breaks it.
/// </summary>
public static class ConsecutiveYears
{
    /// <summary>The <paramref name="length"/> grading years ending with <paramref name="lastYear"/>, oldest first.</summary>
    public static IReadOnlyList<int> Ending(int lastYear, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        return Enumerable.Range(lastYear - length + 1, length).ToList();
    }

    /// <summary>"năm 2009–2011": the span as shown in reasons.</summary>
    public static string Label(int lastYear, int length) => $"{lastYear - length + 1}–{lastYear}";
}
