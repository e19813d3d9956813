namespace PartyWorkflows.Membership.Members;

/// <summary>
/// Writes the outcomes the procedures decide onto the member's record (seed 003_8ecac7def258469f.txt §1.1: the member's
/// dossier and the cell's list follow every change in the member's standing).
/// </summary>
public interface IMemberHistory
{
    /// <summary>Records each member's approved grade of the year; a member already graded for the year keeps the first.</summary>
    void RecordGrades(Guid instanceId, int year, IReadOnlyList<MemberGrading> grades, DateTimeOffset decidedAt);

    /// <summary>Moves the member to the new status and keeps the change; a change the instance already made is not made twice.</summary>
    void ChangeStatus(MemberStatusChange change);

    /// <summary>Records the member's badge for the milestone; a milestone already recorded keeps the first.</summary>
    void RecordBadge(MemberBadge badge);

    /// <summary>Records the member's approved reward; a reward the instance already recorded is not recorded twice.</summary>
    void RecordReward(MemberReward reward);
}
