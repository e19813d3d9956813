using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Features.Attachments;

/// <summary>
/// The completion variable listing the files a step attached (`attachments: [id…]`). Each id must be a file uploaded
/// to that very task, so a decision cannot cite another case's confidential documents.
/// </summary>
public static class TaskAttachments
{
    public const string VariableName = "attachments";

    /// <returns>Null when the variable is absent or every id is the task's own; otherwise the message for the 400.</returns>
    public static async Task<string?> ForeignIdsAsync(
        WorkflowDbContext db, Guid taskId, IReadOnlyDictionary<string, JsonElement>? variables, CancellationToken cancellationToken)
    {
        if (variables is null || !variables.TryGetValue(VariableName, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array
            || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || !Guid.TryParse(e.GetString(), out _)))
        {
            return "Danh sách tài liệu kèm theo phải là các mã tệp đã tải lên cho nhiệm vụ này.";
        }

        var ids = value.EnumerateArray().Select(e => Guid.Parse(e.GetString()!)).Distinct().ToList();
        var own = await db.Attachments.AsNoTracking().CountAsync(a => ids.Contains(a.Id) && a.TaskId == taskId, cancellationToken);
        return own == ids.Count ? null : "Có tài liệu kèm theo không thuộc nhiệm vụ này.";
    }
}
