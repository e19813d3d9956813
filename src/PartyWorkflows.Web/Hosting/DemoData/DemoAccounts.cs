namespace PartyWorkflows.Web.Hosting.DemoData;

/// <summary>A demo sign-in and the seat it holds (null for the administrator, who holds none).</summary>
public sealed record DemoAccount(string Email, string DisplayName, Guid? OrganisationId, string? Body, bool IsAdministrator = false);

/// <summary>The demo users, documented in README.md with their shared password.</summary>
public static class DemoAccounts
{
    /// <summary>Published in README.md: demo databases only (seeding is off whenever a connection string is configured).</summary>
    public const string Password = "Demo@12345";

    public static readonly DemoAccount CellSecretary = new(
        "bithu.chibogiaovien@phucloi.demo", "Đ/c Nguyễn Thị Lan (Bí thư Chi bộ Giáo viên)", DemoOrganisations.TeachersCell, "secretary");

    public static readonly DemoAccount GrassrootsCommitteeMember = new(
        "capuy.thptphucloi@phucloi.demo", "Đ/c Trần Văn Minh (Đảng ủy viên Đảng bộ Trường THPT Phúc Lợi)", DemoOrganisations.PhucLoiHighSchool, "committee");

    public static readonly DemoAccount SuperiorOrganizationDepartment = new(
        "bantochuc.phuongphucloi@phucloi.demo", "Đ/c Lê Thu Hà (Ban Tổ chức Đảng ủy phường Phúc Lợi)", DemoOrganisations.PhucLoiWard, "organization-department");

    public static readonly DemoAccount ProvinceStandingCommittee = new(
        "btv.thanhuyhanoi@phucloi.demo", "Đ/c Phạm Quốc Hùng (Ban Thường vụ Thành ủy Hà Nội)", DemoOrganisations.HanoiCity, "standing-committee");

    public static readonly DemoAccount Administrator = new(
        "quantri@phucloi.demo", "Quản trị hệ thống", null, null, IsAdministrator: true);

    public static readonly DemoAccount OtherCellSecretary = new(
        "bithu.chibokhtn@phucloi.demo", "Đ/c Vũ Thị Mai (Bí thư Chi bộ Tổ Khoa học tự nhiên, Trường THCS Phúc Lợi)", DemoOrganisations.ScienceTeachersCell, "secretary");

    public static IReadOnlyList<DemoAccount> All { get; } =
        [CellSecretary, GrassrootsCommitteeMember, SuperiorOrganizationDepartment, ProvinceStandingCommittee, Administrator, OtherCellSecretary];
}
