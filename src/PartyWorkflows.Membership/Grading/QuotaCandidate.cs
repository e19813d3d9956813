namespace PartyWorkflows.Membership.Grading;

/// <summary>A member or organisation proposed for a quota-limited level, with the votes in favour it received.</summary>
public sealed record QuotaCandidate(string Id, int Votes);
