namespace PartyWorkflows.Membership.Members;

/// <summary>Where a member stands on the cell's list (sổ danh sách đảng viên, seed 000_29c5dfa480f916c0.txt §III.2).</summary>
public enum MemberStatus
{
    /// <summary>Đang sinh hoạt: on the list and in the cell's meetings.</summary>
    Active,

    /// <summary>Miễn công tác và sinh hoạt đảng: still on the list (seed 003_8ecac7def258469f.txt §1.4), not graded.</summary>
    Exempted,

    /// <summary>Đã chuyển sinh hoạt đảng chính thức đi nơi khác.</summary>
    TransferredOut,

    /// <summary>Đã ra khỏi Đảng (xin ra, xóa tên, khai trừ).</summary>
    Removed,

    /// <summary>Đã từ trần.</summary>
    Deceased,
}
