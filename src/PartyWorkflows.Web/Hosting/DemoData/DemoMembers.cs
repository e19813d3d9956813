using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Web.Hosting.DemoData;

/// <summary>
/// A few members of the demo cells with their dossiers, and transfer slips, planted so the periodic duties find
/// something: a member without a dossier, a dossier of a removed member, a damaged document, and a slip issued four
/// months before seeding whose dossier never came.
/// </summary>
public static class DemoMembers
{
    public static IReadOnlyList<object> Rows(TimeProvider time)
    {
        var today = VietnamTime.Today(time);
        var school = DemoOrganisations.PhucLoiHighSchool;
        var secondary = DemoOrganisations.PhucLoiSecondarySchool;
        List<object> rows =
        [
            Member("DV-0001", "Nguyễn Văn An", DemoOrganisations.TeachersCell, MemberStatus.Active),
            Member("DV-0002", "Trần Thị Bình", DemoOrganisations.TeachersCell, MemberStatus.Active),
            Member("DV-0003", "Lê Văn Cường", DemoOrganisations.TeachersCell, MemberStatus.Removed),
            Member("DV-0004", "Phạm Thị Dung", DemoOrganisations.ScienceTeachersCell, MemberStatus.Active),
            Member("DV-0005", "Hoàng Văn Em", DemoOrganisations.ScienceTeachersCell, MemberStatus.Exempted),
        ];
        rows.AddRange(Dossier("DV-0001", school));
        rows.AddRange(Dossier("DV-0003", school));
        rows.AddRange(Dossier("DV-0004", secondary, damaged: "Lý lịch đảng viên"));
        rows.AddRange(Dossier("DV-0005", secondary));
        rows.Add(Slip("PB-2026-017", "DV-0901", school, today.AddMonths(-4)));
        rows.Add(Slip("PB-2026-031", "DV-0902", secondary, today.AddMonths(-1)));
        return rows;
    }

    private static MemberRecord Member(string key, string name, Guid cell, MemberStatus status) => new()
    {
        Id = Guid.NewGuid(),
        BusinessKey = key,
        FullName = name,
        BirthDate = new DateOnly(1985, 3, 26),
        OrganisationId = cell,
        Status = StoredNames.Of(status),
        Standing = StoredNames.Of(MemberStanding.Full),
        AdmittedOn = new DateOnly(2012, 2, 3),
        FullMemberOn = new DateOnly(2013, 2, 3),
    };

    private static IEnumerable<object> Dossier(string memberKey, Guid heldBy, string? damaged = null)
    {
        var dossier = new DossierRecord { Id = Guid.NewGuid(), MemberKey = memberKey, HeldByOrganisationId = heldBy, Status = StoredNames.Of(DossierStatus.Held) };
        yield return dossier;
        yield return new DossierDocumentRecord { DossierId = dossier.Id, Kind = "Phiếu đảng viên" };
        if (damaged is not null)
        {
            yield return new DossierDocumentRecord { DossierId = dossier.Id, Kind = damaged, Damaged = true };
        }
    }

    private static TransferSlipRecord Slip(string number, string memberKey, Guid to, DateOnly issuedOn) => new()
    {
        Id = Guid.CreateVersion7(),
        SlipNumber = number,
        MemberKey = memberKey,
        FromOrganisationId = Guid.Parse("0b1e0000-0000-4000-8000-0000000000ff"),
        ToOrganisationId = to,
        IssuedOn = issuedOn,
    };
}
