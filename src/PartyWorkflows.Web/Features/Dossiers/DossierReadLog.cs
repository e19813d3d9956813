using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Web.Features.Dossiers;

/// <summary>
/// Records that a user read a case's dossier data (instance detail, or a task showing the instance's variables): who,
/// when, which case, and why. Dossiers are confidential (seed 003 §1.1: "quản lý theo chế độ Mật").
/// </summary>
public static class DossierReadLog
{
    public static Task RecordAsync(
        WorkflowDbContext db, string userId, Guid instanceId, string? businessKey, string? purpose, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        db.DossierReads.Add(new DossierRead
        {
            UserId = userId,
            ReadAt = at,
            InstanceId = instanceId,
            BusinessKey = businessKey,
            Purpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim(),
        });
        return db.SaveChangesAsync(cancellationToken);
    }
}
