namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Who keeps a quota-limited level, who drops to the level below, and who is tied across the cut-off and needs the
/// body's own decision (the seeds give no tie-break), with the reason shown to committee staff (Vietnamese).
/// </summary>
public sealed record QuotaSelection(
    IReadOnlyList<QuotaCandidate> Keep,
    IReadOnlyList<QuotaCandidate> Drop,
    IReadOnlyList<QuotaCandidate> TiedAtCutoff,
    int MaxCount,
    string Reason);
