namespace PartyWorkflows.Membership.Grading;

/// <summary>What became of a member at a grading meeting.</summary>
public enum GradingDisposition
{
    /// <summary>A level was decided.</summary>
    Graded,

    /// <summary>The member is outside grading this year (exempted, suspended, newly admitted).</summary>
    NotGraded,

    /// <summary>The member was absent; graded at the cell's next meeting.</summary>
    Deferred,

    /// <summary>The proposed level did not reach its vote threshold; the cell votes again on a lower level.</summary>
    VoteFailed,
}
