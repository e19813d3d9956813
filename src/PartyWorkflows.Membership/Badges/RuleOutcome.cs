namespace PartyWorkflows.Membership.Badges;

/// <summary>Whether a badge rule allows the case, with the reason shown to committee staff (Vietnamese).</summary>
public sealed record RuleOutcome(bool Allowed, string Reason)
{
    public static RuleOutcome Allow(string reason) => new(true, reason);

    public static RuleOutcome Deny(string reason) => new(false, reason);
}
