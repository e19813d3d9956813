namespace PartyWorkflows.Membership.Grading;

/// <summary>An organisation's level, with the reason shown to committee staff (Vietnamese).</summary>
public sealed record OrganisationGradeOutcome(OrganisationGrade Grade, string Reason);
