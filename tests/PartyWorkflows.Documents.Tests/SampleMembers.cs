using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Members;

namespace PartyWorkflows.Documents.Tests;

/// <summary>Members of the demo tree (Chi bộ Giáo viên, Đảng bộ Trường THPT Phúc Lợi) with Vietnamese particulars.</summary>
internal static class SampleMembers
{
    public static readonly DateOnly Today = new(2026, 3, 20);

    public static readonly MemberParticulars Nhung = new(
        "dv-0101", "Nguyễn Thị Hồng Nhung", new DateOnly(1990, 3, 5), "Phường Phúc Lợi, thành phố Hà Nội",
        new DateOnly(2025, 1, 12), new DateOnly(2026, 1, 12), "Chi bộ Giáo viên");

    public static readonly MemberParticulars Manh = new(
        "dv-0102", "Trần Đức Mạnh", new DateOnly(1988, 11, 21), "Xã Đông Hưng, tỉnh Hưng Yên",
        new DateOnly(2025, 2, 3), new DateOnly(2026, 2, 3), "Chi bộ Giáo viên");

    public static readonly MemberParticulars Huy = new(
        "dv-0103", "Lê Quang Huy", new DateOnly(1995, 7, 14), "Phường Trường Vinh, tỉnh Nghệ An",
        new DateOnly(2025, 5, 19), new DateOnly(2026, 5, 19), "Chi bộ Tổ Khoa học tự nhiên");

    public static readonly MemberParticulars[] All = [Nhung, Manh, Huy];

    public static FormHeader Grassroots => new("Đảng ủy phường Phúc Lợi", "Đảng ủy Trường THPT Phúc Lợi", "Phúc Lợi", Today);

    public static FormHeader SuperiorDepartment => new("Đảng ủy phường Phúc Lợi", "Ban Tổ chức", "Phúc Lợi", Today);
}
