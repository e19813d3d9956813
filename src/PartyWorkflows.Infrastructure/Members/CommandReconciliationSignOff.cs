using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Members;

/// <summary>Signs off the report of a member-reconciliation instance in the running command's transaction.</summary>
internal sealed class CommandReconciliationSignOff : IReconciliationSignOff
{
    public void SignOff(Guid instanceId, string signedOffBy, DateTimeOffset at)
    {
        var db = ActiveCommand.Db
            ?? throw new InvalidOperationException("Reconciliation reports are signed off only inside a workflow command's transaction.");
        var report = db.ReconciliationReports.SingleOrDefault(r => r.InstanceId == instanceId)
            ?? throw new InvalidOperationException($"Quy trình {instanceId} không có biên bản đối chiếu.");
        if (report.SignedOffAt is null)
        {
            report.SignedOffBy = signedOffBy;
            report.SignedOffAt = at;
            db.SaveChanges();
        }
    }
}
