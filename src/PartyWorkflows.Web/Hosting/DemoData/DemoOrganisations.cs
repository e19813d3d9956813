using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Web.Hosting.DemoData;

/// <summary>
/// The demo tree after the 2025 two-level reform: the city committee, a ward committee as the superior committee of
/// its grassroots organisations, two grassroots organisations and one cell under each. Fixed ids keep links stable.
/// </summary>
public static class DemoOrganisations
{
    public static readonly Guid HanoiCity = Guid.Parse("0b1e0000-0000-4000-8000-000000000001");
    public static readonly Guid PhucLoiWard = Guid.Parse("0b1e0000-0000-4000-8000-000000000002");
    public static readonly Guid PhucLoiHighSchool = Guid.Parse("0b1e0000-0000-4000-8000-000000000003");
    public static readonly Guid TeachersCell = Guid.Parse("0b1e0000-0000-4000-8000-000000000004");
    public static readonly Guid PhucLoiSecondarySchool = Guid.Parse("0b1e0000-0000-4000-8000-000000000005");
    public static readonly Guid ScienceTeachersCell = Guid.Parse("0b1e0000-0000-4000-8000-000000000006");

    public static IReadOnlyList<OrganisationRecord> All { get; } =
    [
        Organisation(HanoiCity, null, OrganisationKind.Province, "Thành ủy Hà Nội", "TU-HN"),
        Organisation(PhucLoiWard, HanoiCity, OrganisationKind.Superior, "Đảng ủy phường Phúc Lợi", "DU-PL"),
        Organisation(PhucLoiHighSchool, PhucLoiWard, OrganisationKind.Grassroots, "Đảng bộ Trường THPT Phúc Lợi", "DB-THPT-PL"),
        Organisation(TeachersCell, PhucLoiHighSchool, OrganisationKind.Cell, "Chi bộ Giáo viên", "CB-GV-THPT-PL"),
        Organisation(PhucLoiSecondarySchool, PhucLoiWard, OrganisationKind.Grassroots, "Đảng bộ Trường THCS Phúc Lợi", "DB-THCS-PL"),
        Organisation(ScienceTeachersCell, PhucLoiSecondarySchool, OrganisationKind.Cell, "Chi bộ Tổ Khoa học tự nhiên", "CB-KHTN-THCS-PL"),
    ];

    private static OrganisationRecord Organisation(Guid id, Guid? parentId, OrganisationKind kind, string name, string code) =>
        new() { Id = id, ParentId = parentId, Kind = StoredNames.Of(kind), Name = name, Code = code };
}
