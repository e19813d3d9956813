namespace PartyWorkflows.Membership.Badges;

/// <summary>The party ages (years) at which a party badge is awarded.</summary>
public static class BadgeMilestones
{
    // Seed 000_29c5dfa480f916c0.txt §VI.1: "Đảng viên có đủ 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 năm tuổi đảng".
    public static IReadOnlyList<int> Years { get; } = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];

    public static bool IsMilestone(int years) => Years.Contains(years);

    /// <summary>Throws, naming the valid milestones, when <paramref name="years"/> is not one.</summary>
    public static void EnsureMilestone(int years)
    {
        if (!IsMilestone(years))
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, $"Not a badge milestone; the milestones are {string.Join(", ", Years)}.");
        }
    }
}
