using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Tasks;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Attachments;

/// <summary>
/// POST /api/tasks/{taskId}/attachments (multipart, "file"): the acting body files a photo or a document with its step
/// — e.g. the self-criticism and photos of a lost or damaged card (seed 000_29c5dfa480f916c0.txt §V.3). Same rule as
/// completing the task; the type is sniffed from the content; the upload is written to the audit log with the row.
/// </summary>
public static class UploadAttachment
{
    public static async Task<Results<Ok<AttachmentUploaded>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid taskId, HttpRequest request, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, IOptions<AttachmentOptions> options,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var (task, refused) = await ActingBody.OpenAsync(taskId, userId, db, seats, cancellationToken);
        if (task is null)
        {
            return refused!;
        }

        IFormFile? file;
        try
        {
            file = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file") : null;
        }
        catch (InvalidDataException)
        {
            // A malformed multipart body is the client's mistake, not a server error.
            file = null;
        }

        if (file is null || file.Length == 0)
        {
            return Problem.Invalid("file", "Cần gửi một tệp ở trường “file” (multipart/form-data).");
        }

        var maxBytes = options.Value.MaxBytes;
        if (file.Length > maxBytes)
        {
            var limit = maxBytes >= 1024 * 1024 ? $"{maxBytes / (1024 * 1024)} MB" : $"{maxBytes} byte";
            return Problem.Invalid("file", $"Tệp quá lớn: tối đa {limit}.");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (FileKinds.Sniff(content, Path.GetExtension(file.FileName)) is not { } kind)
        {
            return Problem.Invalid("file", $"Chỉ nhận tệp {FileKinds.Accepted}; nội dung tệp “{file.FileName}” không thuộc các loại này.");
        }

        var now = time.GetUtcNow();
        var attachment = new AttachmentRecord
        {
            Id = Guid.NewGuid(),
            InstanceId = task.InstanceId,
            TaskId = task.Id,
            ElementId = task.ElementId,
            FileName = AttachmentFileName.Sanitise(file.FileName, kind),
            ContentType = kind.ContentType,
            Size = content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedBy = userId,
            UploadedAt = now,
        };
        db.Attachments.Add(attachment);
        db.AuditLog.Add(new AuditRecord
        {
            At = now,
            InstanceId = task.InstanceId,
            TaskId = task.Id,
            Actor = userId,
            OrganisationId = task.OrganisationId,
            CommitteeBody = task.CommitteeBody,
            Action = AuditActions.AttachmentUploaded,
            ElementId = task.ElementId,
            Data = JsonSerializer.Serialize(
                new { attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256 }, InstanceStateJson.Options),
        });
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Ok(new AttachmentUploaded(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256));
    }
}
