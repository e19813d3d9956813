namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// One member's line of the cell meeting's secret ballot (seed 001 §B.II.3 "Chi bộ biểu quyết hoặc bỏ phiếu kín về mức
/// xếp loại"): the level proposed after self-review and discussion and the full members' votes for it. The score and task
/// counts are the Quy định 366 scoring sheet, read only under that policy.
/// </summary>
public sealed record CellBallotEntry(
    string MemberKey,
    MemberGrade ProposedLevel,
    int Votes,
    bool Absent = false,
    bool HasViolation = false,
    decimal Score = 0m,
    int TasksAssigned = 0,
    int TasksCompleted = 0,
    int TasksExceeded = 0);
