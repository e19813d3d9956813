namespace PartyWorkflows.Membership.Grading;

/// <summary>A member's grading result, with the reason shown to committee staff (Vietnamese).</summary>
public sealed record MemberGradingOutcome(GradingDisposition Disposition, MemberGrade? Grade, string Reason)
{
    public static MemberGradingOutcome Graded(MemberGrade grade, string reason) => new(GradingDisposition.Graded, grade, reason);

    public static MemberGradingOutcome NotGraded(string reason) => new(GradingDisposition.NotGraded, null, reason);

    public static MemberGradingOutcome Deferred(string reason) => new(GradingDisposition.Deferred, null, reason);

    public static MemberGradingOutcome VoteFailed(string reason) => new(GradingDisposition.VoteFailed, null, reason);
}
