using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// Once a year the superior committee reconciles with each grassroots organisation (seed 003_8ecac7def258469f.txt §1.1
/// "01 năm/lần cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng đối khớp với cấp ủy tổ chức đảng trực thuộc"). The period
/// is the year of the scheduled occurrence.
/// </summary>
public sealed class GrassrootsReconciliationDuty(ReconciliationOpener opener) : IPeriodicDuty
{
    public const string DutyId = "member-reconciliation-grassroots";

    public string Id => DutyId;

    public Task<int> RunAsync(DutyOccasion occasion, CancellationToken cancellationToken) =>
        opener.OpenAsync(DutyId, ReconciliationPeriod.YearOf(occasion.OccurrenceDay), occasion.Now, cancellationToken);
}
