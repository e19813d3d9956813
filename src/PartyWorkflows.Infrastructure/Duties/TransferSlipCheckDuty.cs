using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// The quarterly transfer-slip check (seed 000_29c5dfa480f916c0.txt §IV.2 "định kỳ (3 tháng 1 lần) kiểm tra phiếu báo
/// chuyển sinh hoạt đảng"; seed 003_8ecac7def258469f.txt §1.3): every slip on record whose dossier has not arrived more
/// than three months after issue opens one overdue-transfer instance at its receiving organisation. The candidates are
/// one range scan of a partial index holding only unchecked slips still waiting for a dossier. The instance runs under
/// the slip's id, and the slip is marked with it after its batch commits: a re-run skips marked slips, and a run cut
/// short between the two finds the instance already started and only marks the slip.
/// </summary>
public sealed class TransferSlipCheckDuty(WorkflowDbContext db, DutyStarts starts) : IPeriodicDuty
{
    public const string DutyId = "transfer-slip-check";
    public const string ProcessId = "overdue-transfer";

    public string Id => DutyId;

    public static string BusinessKey(string slipNumber) => $"{ProcessId}/{slipNumber}";

    public async Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken)
    {
        var latestTimely = TransferSlipDeadline.LatestTimelyIssueDate(occasion.Today);
        var overdue = await (
                from slip in db.TransferSlips.AsNoTracking()
                where slip.DossierReceivedOn == null && slip.OverdueCheckInstanceId == null && slip.IssuedOn < latestTimely
                join member in db.Members on slip.MemberKey equals member.BusinessKey into known
                from member in known.DefaultIfEmpty()
                orderby slip.ToOrganisationId, slip.IssuedOn
                select new
                {
                    slip.Id,
                    slip.SlipNumber,
                    slip.MemberKey,
                    FullName = member == null ? null : member.FullName,
                    slip.IssuedOn,
                    slip.FromOrganisationId,
                    slip.ToOrganisationId,
                })
            .ToListAsync(cancellationToken);

        var items = overdue.Select(s => new StartItem(s.Id, s.ToOrganisationId, BusinessKey(s.SlipNumber), DutyStarts.Variables(
            ("memberKey", s.MemberKey),
            ("fullName", s.FullName),
            ("slipNumber", s.SlipNumber),
            ("issuedOn", s.IssuedOn),
            ("fromOrganisationId", s.FromOrganisationId),
            ("toOrganisationId", s.ToOrganisationId))));
        return await starts.StartAsync(ProcessId, DutyId, items, MarkAsync, cancellationToken);

        Task MarkAsync(IReadOnlyList<Guid> slipIds) => db.TransferSlips
            .Where(s => slipIds.Contains(s.Id) && s.OverdueCheckInstanceId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.OverdueCheckInstanceId, s => s.Id), cancellationToken);
    }
}
