namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// A cell's grading after one ballot: the settled members (earlier rounds included), the members to vote on again now
/// (<see cref="Revote"/>: threshold missed; <see cref="TiedAtCutoff"/>: equal votes across the excellent quota), and
/// those deferred to the next meeting (absent).
/// </summary>
public sealed record CellGradingResult(
    GradingPolicy Policy,
    IReadOnlyList<MemberGradeRecord> Settled,
    IReadOnlyList<PendingMember> Revote,
    IReadOnlyList<PendingMember> TiedAtCutoff,
    IReadOnlyList<PendingMember> Deferred,
    string QuotaReason);
