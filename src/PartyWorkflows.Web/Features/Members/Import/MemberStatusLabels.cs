using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>The Vietnamese words of the "Trạng thái" column (seed 000_29c5dfa480f916c0.txt §III.2, the cell's list).</summary>
public static class MemberStatusLabels
{
    public static IReadOnlyDictionary<string, MemberStatus> ByLabel { get; } = new Dictionary<string, MemberStatus>(StringComparer.OrdinalIgnoreCase)
    {
        ["Đang sinh hoạt"] = MemberStatus.Active,
        ["Miễn công tác và sinh hoạt đảng"] = MemberStatus.Exempted,
        ["Đã chuyển sinh hoạt"] = MemberStatus.TransferredOut,
        ["Đã ra khỏi Đảng"] = MemberStatus.Removed,
        ["Đã từ trần"] = MemberStatus.Deceased,
    };
}
