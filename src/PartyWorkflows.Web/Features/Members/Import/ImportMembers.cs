using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Membership.Organisations;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>
/// POST /api/members/import (administrators, multipart with an .xlsx under "file"): every row is checked first — a
/// problem anywhere returns 400 naming each row and column, and nothing is written; otherwise all rows are written in
/// one transaction, existing member keys updated and new ones inserted (409 when a concurrent write got there first).
/// </summary>
public static class ImportMembers
{
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public static async Task<Results<Ok<MemberImportResult>, ValidationProblem, ProblemHttpResult>> Handle(
        HttpRequest request, WorkflowDbContext db, MemberImporter importer, CancellationToken cancellationToken)
    {
        var file = request.HasFormContentType ? (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file") : null;
        if (file is null || file.Length == 0)
        {
            return Problem.Invalid("file", "Cần gửi tệp Excel (.xlsx) danh sách đảng viên ở trường “file” (multipart/form-data).");
        }

        if (file.Length > MaxFileBytes)
        {
            return Problem.Invalid("file", $"Tệp quá lớn: tối đa {MaxFileBytes / (1024 * 1024)} MB.");
        }

        // The package reader needs a seekable stream.
        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        content.Position = 0;
        var (headings, rows, unreadable) = MemberSheetReader.Read(content);
        if (unreadable is not null)
        {
            return Problem.Invalid("file", unreadable);
        }

        var missing = MemberSheet.Required.Where(h => !headings.Contains(h)).ToList();
        if (missing.Count > 0)
        {
            return Problem.Invalid("file", $"Dòng tiêu đề thiếu cột: {string.Join(", ", missing)}. Hãy dùng tệp mẫu (GET /api/members/import/template).");
        }

        if (rows.Count == 0)
        {
            return Problem.Invalid("file", "Bảng tính không có dòng đảng viên nào dưới dòng tiêu đề.");
        }

        var validator = new MemberRowValidator(await CellsAsync(db, cancellationToken), await CardHoldersAsync(db, rows, cancellationToken));
        var members = validator.Validate(rows);
        if (validator.Errors.Count > 0)
        {
            return Problem.Invalid(validator.Errors);
        }

        try
        {
            return TypedResults.Ok(await importer.ImportAsync(members, cancellationToken));
        }
        catch (DbUpdateException)
        {
            // Another import (or a card allocation) wrote one of the same keys or numbers first; this one rolled back whole.
            return Problem.Conflict("Danh sách đảng viên hoặc số thẻ vừa được thay đổi đồng thời; không dòng nào được nhập, hãy nhập lại tệp.");
        }
    }

    /// <summary>Organisations a member's name is listed in: cells and chi bộ cơ sở (seed 000_29c5dfa480f916c0.txt §III.2).</summary>
    private static Task<Dictionary<string, Guid>> CellsAsync(WorkflowDbContext db, CancellationToken cancellationToken)
    {
        string[] kinds = [StoredNames.Of(OrganisationKind.Cell), StoredNames.Of(OrganisationKind.GrassrootsCell)];
        return db.Organisations.AsNoTracking().Where(o => kinds.Contains(o.Kind)).ToDictionaryAsync(o => o.Code, o => o.Id, cancellationToken);
    }

    private static Task<Dictionary<string, string>> CardHoldersAsync(WorkflowDbContext db, IReadOnlyList<SheetRow> rows, CancellationToken cancellationToken)
    {
        var numbers = rows.Select(r => r[MemberSheet.CardNumber]).OfType<string>().Distinct().ToList();
        return db.CardNumbers.AsNoTracking().Where(n => numbers.Contains(n.Value)).ToDictionaryAsync(n => n.Value, n => n.MemberKey, cancellationToken);
    }
}
