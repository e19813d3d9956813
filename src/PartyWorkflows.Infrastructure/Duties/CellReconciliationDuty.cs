using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// Every six months each cell reconciles its member list with the dossiers its grassroots committee holds (seed
/// 000_29c5dfa480f916c0.txt §III.2 "Định kỳ 6 tháng"; seed 003_8ecac7def258469f.txt §1.1 "6 tháng/lần chi bộ … đối khớp
/// với cấp ủy Đảng bộ cơ sở"). The period is the half-year of the scheduled occurrence.
/// </summary>
public sealed class CellReconciliationDuty(ReconciliationOpener opener) : IPeriodicDuty
{
    public const string DutyId = "member-reconciliation-cells";

    public string Id => DutyId;

    public Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken) =>
        opener.OpenAsync(DutyId, ReconciliationPeriod.HalfYearOf(occasion.OccurrenceDay), occasion.Now, cancellationToken);
}
