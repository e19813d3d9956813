using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>Members, dossiers and slips planted for a scenario, in one save.</summary>
public sealed class MemberStoreSeed
{
    private readonly List<object> _rows = [];

    public MemberStoreSeed Member(
        string key,
        Guid cell,
        MemberStatus status = MemberStatus.Active,
        MemberStanding standing = MemberStanding.Full,
        DateOnly? admittedOn = null,
        DateOnly? fullMemberOn = null)
    {
        var admitted = admittedOn ?? new DateOnly(2010, 5, 19);
        _rows.Add(new MemberRecord
        {
            Id = Guid.NewGuid(),
            BusinessKey = key,
            FullName = $"Đảng viên {key}",
            BirthDate = new DateOnly(1980, 1, 1),
            OrganisationId = cell,
            Status = StoredNames.Of(status),
            Standing = StoredNames.Of(standing),
            AdmittedOn = admitted,
            FullMemberOn = standing == MemberStanding.Full ? fullMemberOn ?? admitted.AddYears(1) : null,
        });
        return this;
    }

    public MemberStoreSeed Dossier(string memberKey, Guid heldBy, DossierStatus status = DossierStatus.Held, params (string Kind, bool Damaged)[] documents)
    {
        var dossier = new DossierRecord { Id = Guid.NewGuid(), MemberKey = memberKey, HeldByOrganisationId = heldBy, Status = StoredNames.Of(status) };
        _rows.Add(dossier);
        _rows.AddRange(documents.Select(d => new DossierDocumentRecord { DossierId = dossier.Id, Kind = d.Kind, Damaged = d.Damaged }));
        return this;
    }

    public MemberStoreSeed Slip(string slipNumber, string memberKey, Guid to, DateOnly issuedOn, DateOnly? receivedOn = null)
    {
        _rows.Add(new TransferSlipRecord
        {
            Id = Guid.CreateVersion7(),
            SlipNumber = slipNumber,
            MemberKey = memberKey,
            FromOrganisationId = Guid.NewGuid(),
            ToOrganisationId = to,
            IssuedOn = issuedOn,
            DossierReceivedOn = receivedOn,
        });
        return this;
    }

    public Task SaveAsync(WorkflowHarness harness) => harness.Db(db =>
    {
        db.AddRange(_rows);
        return db.SaveChangesAsync();
    });
}
