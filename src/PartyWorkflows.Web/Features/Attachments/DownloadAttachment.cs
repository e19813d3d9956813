using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Dossiers;
using PartyWorkflows.Web.Features.Forms;
using PartyWorkflows.Web.Features.Instances;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Attachments;

/// <summary>
/// GET /api/attachments/{id}?purpose=: one file of a case, for the dossier's readers, always as a download (never
/// rendered inline, and with nosniff) so a stored file cannot run in the application's origin. Every download is written
/// to the dossier read log with the file and the stated purpose (seed 003_8ecac7def258469f.txt §1.1: dossiers are "Mật").
/// </summary>
public static class DownloadAttachment
{
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, string? purpose, HttpResponse response, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (purpose?.Trim().Length > DownloadInstanceForm.MaxPurposeLength)
        {
            return Problem.Invalid("purpose", $"Mục đích tải tài liệu dài tối đa {DownloadInstanceForm.MaxPurposeLength} ký tự.");
        }

        var found = await db.Attachments.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.InstanceId, a.FileName }).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Problem.NotFound($"Không tìm thấy tài liệu {id}.");
        }

        var (instance, denied) = await DossierAccess.OpenAsync(found.InstanceId, user, db, seats, cancellationToken);
        if (instance is null)
        {
            return denied!;
        }

        var logged = string.IsNullOrWhiteSpace(purpose) ? $"Tải tài liệu {found.FileName}" : $"Tải tài liệu {found.FileName}: {purpose.Trim()}";
        await DossierReadLog.RecordAsync(db, user.UserId(), found.InstanceId, instance.BusinessKey, logged, time.GetUtcNow(), cancellationToken);

        var file = await db.Attachments.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Content, a.ContentType }).SingleAsync(cancellationToken);
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, found.FileName);
    }
}
