using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Instances;
using PartyWorkflows.Web.Features.Users;

namespace PartyWorkflows.Web.Features.Attachments;

/// <summary>
/// GET /api/instances/{instanceId}/attachments: the files of a case, in upload order, without their content. Same readers
/// as the dossier; only a download (which carries the content) is written to the read log.
/// </summary>
public static class ListInstanceAttachments
{
    public static async Task<Results<Ok<IReadOnlyList<AttachmentSummary>>, ProblemHttpResult>> Handle(
        Guid instanceId, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, CancellationToken cancellationToken)
    {
        var (instance, denied) = await DossierAccess.OpenAsync(instanceId, user, db, seats, cancellationToken);
        if (instance is null)
        {
            return denied!;
        }

        var rows = await db.Attachments.AsNoTracking().Where(a => a.InstanceId == instanceId).OrderBy(a => a.UploadedAt)
            .Select(a => new { a.Id, a.TaskId, a.ElementId, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, a.UploadedAt })
            .ToListAsync(cancellationToken);
        var people = await UserNames.OfAsync(db, rows.Select(a => a.UploadedBy), cancellationToken);
        IReadOnlyList<AttachmentSummary> list = rows.Select(a => new AttachmentSummary(
            a.Id, a.TaskId, a.ElementId, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedBy, people.NameOf(a.UploadedBy), a.UploadedAt)).ToList();
        return TypedResults.Ok(list);
    }
}
