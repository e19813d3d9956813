namespace PartyWorkflows.Membership.Rewards;

/// <summary>Whether a reward rule allows the nomination, with the reason shown to committee staff (Vietnamese).</summary>
public sealed record RewardOutcome(bool Allowed, string Reason)
{
    public static RewardOutcome Allow(string reason) => new(true, reason);

    public static RewardOutcome Deny(string reason) => new(false, reason);

    /// <summary>Allowed when nothing is missing; otherwise every shortfall is listed, so the nominee sees them all at once.</summary>
    public static RewardOutcome FromShortfalls(string award, IReadOnlyList<string> shortfalls) =>
        shortfalls.Count == 0
            ? Allow($"Đủ điều kiện đề nghị {award}.")
            : Deny($"Chưa đủ điều kiện đề nghị {award}: {string.Join("; ", shortfalls)}.");
}
