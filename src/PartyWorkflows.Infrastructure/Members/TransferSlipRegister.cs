using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Infrastructure.Membership;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Members;

/// <summary>The transfer_slips register over one context; its writes join the context's current transaction.</summary>
public sealed class TransferSlipRegister(WorkflowDbContext db, TimeProvider time)
{
    /// <returns>Whether the slip was new.</returns>
    public async Task<bool> RecordAsync(TransferSlip slip, CancellationToken cancellationToken = default)
    {
        if (await db.TransferSlips.AnyAsync(s => s.SlipNumber == slip.SlipNumber, cancellationToken))
        {
            return false;
        }

        // Checked, not left to the foreign key: a failed insert would abort the command's whole transaction on PostgreSQL.
        if (!await db.Organisations.AnyAsync(o => o.Id == slip.ToOrganisationId, cancellationToken))
        {
            throw new InvalidOperationException($"Không tìm thấy tổ chức đảng nơi chuyển đến {slip.ToOrganisationId} (toOrganisationId).");
        }

        db.TransferSlips.Add(new TransferSlipRecord
        {
            Id = Guid.CreateVersion7(),
            SlipNumber = slip.SlipNumber,
            MemberKey = slip.MemberKey,
            FromOrganisationId = slip.FromOrganisationId,
            ToOrganisationId = slip.ToOrganisationId,
            IssuedOn = slip.IssuedOn,
            RecordedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The slip stops counting towards the three-month check, and the dossier is held by the grassroots committee of the
    /// receiving organisation — the slip may name the receiving cell (seed 000_29c5dfa480f916c0.txt §III.2: "Hồ sơ đảng
    /// viên do cấp ủy cơ sở nơi đảng viên đang sinh hoạt đảng chính thức quản lý"). The member, when on a list here, now
    /// belongs to the receiving organisation's. Repeating it changes nothing.
    /// </summary>
    public async Task DossierReceivedAsync(string memberKey, string slipNumber, DateOnly receivedOn, CancellationToken cancellationToken = default)
    {
        var slip = await db.TransferSlips.SingleOrDefaultAsync(s => s.SlipNumber == slipNumber && s.MemberKey == memberKey, cancellationToken)
            ?? throw new InvalidOperationException($"Không có phiếu báo chuyển sinh hoạt đảng số {slipNumber} của đảng viên {memberKey}.");
        slip.DossierReceivedOn ??= receivedOn;
        var holder = (await new OrganisationDirectory(db).ResolveAsync(slip.ToOrganisationId, CommitteeVocabulary.Grassroots, cancellationToken))?.Id
            ?? slip.ToOrganisationId;

        var held = StoredNames.Of(DossierStatus.Held);
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.MemberKey == memberKey, cancellationToken);
        if (dossier is null)
        {
            db.Dossiers.Add(new DossierRecord
            {
                Id = Guid.CreateVersion7(),
                MemberKey = memberKey,
                HeldByOrganisationId = holder,
                Status = held,
                ReceivedOn = receivedOn,
            });
        }
        else if (dossier.Status != held || dossier.HeldByOrganisationId != holder)
        {
            dossier.Status = held;
            dossier.HeldByOrganisationId = holder;
            dossier.ReceivedOn = receivedOn;
        }

        // The transfer is complete (seed 003_8ecac7def258469f.txt §1.3): the member is on the receiving organisation's list.
        if (await db.Members.SingleOrDefaultAsync(m => m.BusinessKey == memberKey, cancellationToken) is { } member)
        {
            member.OrganisationId = slip.ToOrganisationId;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
