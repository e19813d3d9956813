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

    /// <summary>
    /// A read of a member record (GET /api/members/{memberKey}) is a dossier read outside any case: the instance id is
    /// empty and the business key is the member's key.
    /// </summary>
    public static Task RecordMemberReadAsync(
        WorkflowDbContext db, string userId, string memberKey, string? purpose, DateTimeOffset at, CancellationToken cancellationToken) =>
        RecordAsync(db, userId, Guid.Empty, memberKey, purpose, at, cancellationToken);
}
