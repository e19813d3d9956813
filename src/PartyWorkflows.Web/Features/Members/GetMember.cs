using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Badges;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Dossiers;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Members;

/// <summary>
/// GET /api/members/{memberKey}?purpose=: the member record — identity, cell, standing, card numbers, the dossier with
/// its documents, transfer slips in and out, the cases about the member, and their decisions: annual grades, status
/// changes, party badges, rewards. Dossiers are confidential (seed 003_8ecac7def258469f.txt §1.1 "quản lý theo chế độ
/// Mật"): only administrators and those seated on the member's cell or above read it, and every read is written to
/// dossier_reads with the stated purpose.
/// </summary>
public static class GetMember
{
    public static async Task<Results<Ok<MemberDetail>, ProblemHttpResult>> Handle(
        string memberKey, string? purpose, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().SingleOrDefaultAsync(m => m.BusinessKey == memberKey, cancellationToken);
        if (member is null)
        {
            return Problem.NotFound($"Không tìm thấy đảng viên có mã {memberKey}.");
        }

        if (!user.IsAdministrator() && !await seats.SitsInOrAboveAsync(user.UserId(), member.OrganisationId, cancellationToken))
        {
            return Problem.Forbidden("Đồng chí chỉ xem được hồ sơ đảng viên của tổ chức mình giữ chức vụ hoặc tổ chức cấp dưới.");
        }

        await DossierReadLog.RecordMemberReadAsync(db, user.UserId(), memberKey, purpose, time.GetUtcNow(), cancellationToken);

        var cards = await db.CardNumbers.AsNoTracking().Where(n => n.MemberKey == memberKey).OrderBy(n => n.AllocatedAt)
            .Select(n => new MemberCardNumber(n.Value, n.Scheme, n.AllocatedAt)).ToListAsync(cancellationToken);
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.MemberKey == memberKey, cancellationToken);
        var documents = dossier is null
            ? []
            : await db.DossierDocuments.AsNoTracking().Where(d => d.DossierId == dossier.Id).OrderBy(d => d.Id)
                .Select(d => new MemberDossierDocument(d.Kind, d.Damaged)).ToListAsync(cancellationToken);
        var slips = await db.TransferSlips.AsNoTracking().Where(s => s.MemberKey == memberKey).OrderBy(s => s.IssuedOn)
            .ToListAsync(cancellationToken);
        var cases = await CasesAsync(db, memberKey, slips.Select(s => s.OverdueCheckInstanceId).OfType<Guid>().ToList(), cancellationToken);
        var gradings = await db.MemberGradings.AsNoTracking().Where(g => g.MemberKey == memberKey).OrderByDescending(g => g.Year)
            .Select(g => new MemberGradingEntry(g.Year, g.Grade, g.DecidedByInstanceId, g.DecidedAt)).ToListAsync(cancellationToken);
        var statusChanges = await db.MemberStatusChanges.AsNoTracking().Where(c => c.MemberKey == memberKey)
            .OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id)
            .Select(c => new MemberStatusChangeEntry(c.FromStatus, c.ToStatus, c.Reason, c.EffectiveOn, c.InstanceId)).ToListAsync(cancellationToken);
        var badges = await db.MemberBadges.AsNoTracking().Where(b => b.MemberKey == memberKey).OrderBy(b => b.MilestoneYears)
            .Select(b => new MemberBadgeEntry(b.MilestoneYears, b.BadgeNumber, b.AwardedOn, b.InstanceId)).ToListAsync(cancellationToken);
        var rewards = await db.MemberRewards.AsNoTracking().Where(r => r.MemberKey == memberKey).OrderByDescending(r => r.Year).ThenBy(r => r.Id)
            .Select(r => new MemberRewardEntry(r.AwardKind, r.DecidingLevel, r.Year, r.InstanceId)).ToListAsync(cancellationToken);

        // A slip received by the member's cell or a committee above it brought the member in; any other took them out.
        var chain = await seats.ChainAsync(member.OrganisationId, cancellationToken);
        List<Guid> organisationIds = dossier is null ? [member.OrganisationId] : [member.OrganisationId, dossier.HeldByOrganisationId];
        var names = await NamesAsync(db, organisationIds, cancellationToken);
        return TypedResults.Ok(new MemberDetail(
            MemberSummaries.Of(member, names.GetValueOrDefault(member.OrganisationId)),
            cards,
            dossier is null
                ? null
                : new MemberDossier(dossier.HeldByOrganisationId, names.GetValueOrDefault(dossier.HeldByOrganisationId), dossier.Status,
                    dossier.SubmittedOn, dossier.ReceivedOn, documents),
            slips.Where(s => chain.Contains(s.ToOrganisationId)).Select(Slip).ToList(),
            slips.Where(s => !chain.Contains(s.ToOrganisationId)).Select(Slip).ToList(),
            cases,
            gradings,
            statusChanges,
            badges,
            rewards));
    }

    /// <summary>
    /// Cases under the member's key or one of the member's badge-round keys (one per milestone, seed
    /// 000_29c5dfa480f916c0.txt §VI.1), the cases that allocated the member's card numbers, and the slips' overdue
    /// checks, and the cases whose decisions are on the member's record (gradings, status changes, badges, rewards): all
    /// exact matches on indexed columns.
    /// </summary>
    private static Task<List<MemberCase>> CasesAsync(WorkflowDbContext db, string memberKey, List<Guid> slipChecks, CancellationToken cancellationToken)
    {
        List<string> keys = [memberKey, .. BadgeMilestones.Years.Select(years => BadgeRoundDuty.BusinessKey(memberKey, years))];
        return db.Instances.AsNoTracking()
            .Where(i => keys.Contains(i.BusinessKey!)
                || slipChecks.Contains(i.Id)
                || db.CardNumbers.Any(n => n.MemberKey == memberKey && n.InstanceId == i.Id)
                || db.MemberGradings.Any(g => g.MemberKey == memberKey && g.DecidedByInstanceId == i.Id)
                || db.MemberStatusChanges.Any(c => c.MemberKey == memberKey && c.InstanceId == i.Id)
                || db.MemberBadges.Any(b => b.MemberKey == memberKey && b.InstanceId == i.Id)
                || db.MemberRewards.Any(r => r.MemberKey == memberKey && r.InstanceId == i.Id))
            .OrderBy(i => i.StartedAt)
            .Select(i => new MemberCase(i.Id, i.ProcessId, i.BusinessKey, i.Status, i.StartedAt, i.EndedAt))
            .ToListAsync(cancellationToken);
    }

    private static Task<Dictionary<Guid, string>> NamesAsync(WorkflowDbContext db, List<Guid> ids, CancellationToken cancellationToken) =>
        db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

    private static MemberTransferSlip Slip(TransferSlipRecord s) =>
        new(s.SlipNumber, s.FromOrganisationId, s.ToOrganisationId, s.IssuedOn, s.DossierReceivedOn, s.OverdueCheckInstanceId);
}
