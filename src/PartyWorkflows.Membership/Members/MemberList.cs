namespace PartyWorkflows.Membership.Members;

/// <summary>Which members count where: the list a dossier is reconciled with, and the members a cell grades.</summary>
public static class MemberList
{
    /// <summary>
    /// On the cell's list of members (sổ danh sách đảng viên đang sinh hoạt, seed 000_29c5dfa480f916c0.txt §III.2):
    /// active and exempted members — exemption relieves from meetings, not from membership (seed 003_8ecac7def258469f.txt §1.4).
    /// </summary>
    public static IReadOnlyList<MemberStatus> Listed { get; } = [MemberStatus.Active, MemberStatus.Exempted];

    /// <summary>
    /// Graded in the annual grading: full and probationary members alike; exempted members are not graded
    /// (seed 001_29955938909379e1.txt, "Đối tượng đánh giá chất lượng đảng viên").
    /// </summary>
    public static IReadOnlyList<MemberStatus> Graded { get; } = [MemberStatus.Active];

    public static bool IsListed(MemberStatus status) => Listed.Contains(status);

    public static bool IsGraded(MemberStatus status) => Graded.Contains(status);
}
