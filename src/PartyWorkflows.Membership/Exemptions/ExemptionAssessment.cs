namespace PartyWorkflows.Membership.Exemptions;

/// <summary>Whether the application can go to the cell, what is missing (Vietnamese), who decides and when the member reports.</summary>
public sealed record ExemptionAssessment(IReadOnlyList<string> Problems, ExemptionDecider Decider, DateOnly? FirstReportDue)
{
    public bool IsComplete => Problems.Count == 0;
}
