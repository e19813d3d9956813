namespace PartyWorkflows.Membership.Grading;

/// <summary>The member grading rules a case is judged under, chosen by the case's date (<see cref="GradingPolicies.For"/>).</summary>
public enum GradingPolicy
{
    /// <summary>Seed 001 §B.II (Hướng dẫn 07-HD/BTCTW, 2011): ballot thresholds, excellent ≤ 15 % of good.</summary>
    Seed001,

    /// <summary>Quy định 366-QĐ/TW of 30/8/2025: 100-point score, excellent ≤ 20 % (25 %) of good.</summary>
    Regulation366,
}
