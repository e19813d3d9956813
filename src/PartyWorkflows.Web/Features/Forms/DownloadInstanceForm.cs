using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyWorkflows.Documents.Instances;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Dossiers;
using PartyWorkflows.Web.Features.Instances;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Forms;

/// <summary>
/// GET /api/instances/{instanceId}/forms/{code}?purpose=: one form of the case generated from its data (.xlsx or
/// .docx). The forms carry members' particulars, so every download is written to the dossier read log, with the form.
/// </summary>
public static class DownloadInstanceForm
{
    /// <summary>Leaves room in dossier_reads.purpose (500) for the form's file name in front.</summary>
    public const int MaxPurposeLength = 400;

    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        Guid instanceId, string code, string? purpose, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (purpose?.Trim().Length > MaxPurposeLength)
        {
            return Problem.Invalid("purpose", $"Mục đích tải mẫu biểu dài tối đa {MaxPurposeLength} ký tự.");
        }

        var (instance, denied) = await DossierAccess.OpenAsync(instanceId, user, db, seats, cancellationToken);
        if (instance is null)
        {
            return denied!;
        }

        var facts = await InstanceFactsLoader.LoadAsync(instance, db, time, cancellationToken);
        if (InstanceForms.Generate(facts, code) is not { } file)
        {
            return Problem.NotFound($"Hồ sơ {instanceId} không có mẫu biểu \"{code}\" (hoặc quy trình chưa đến bước lập mẫu này).");
        }

        var logged = string.IsNullOrWhiteSpace(purpose) ? $"Tải mẫu biểu {file.FileName}" : $"Tải mẫu biểu {file.FileName}: {purpose.Trim()}";
        await DossierReadLog.RecordAsync(db, user.UserId(), instanceId, instance.BusinessKey, logged, time.GetUtcNow(), cancellationToken);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
