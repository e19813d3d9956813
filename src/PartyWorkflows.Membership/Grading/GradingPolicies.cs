namespace PartyWorkflows.Membership.Grading;

/// <summary>Picks the member grading policy in force on a case's date.</summary>
public static class GradingPolicies
{
    /// <summary>
    /// Quy định 366-QĐ/TW is dated 30/8/2025 and taken as in force from that day. Cases dated earlier in 2025 stay on
    /// seed 001; whether 366 reaches back to the whole 2025 grading year is not in the seeds and must be confirmed.
    /// </summary>
    public static readonly DateOnly Regulation366EffectiveFrom = new(2025, 8, 30);

    public static GradingPolicy For(DateOnly caseDate) =>
        caseDate >= Regulation366EffectiveFrom ? GradingPolicy.Regulation366 : GradingPolicy.Seed001;
}
