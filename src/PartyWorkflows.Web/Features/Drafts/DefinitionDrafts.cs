using System.Security.Claims;
using PartyWorkflows.Infrastructure.Drafts;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Definitions;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Definitions;
using PartyWorkflows.Web.Features.Users;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Drafts;

/// <summary>
/// GET, PUT and DELETE /api/definitions/{processId}/draft: the designer's unpublished work, one per process, kept on the
/// server so it survives another browser. A draft must be XML the secure parser reads (no DTD, within the size limit)
/// and must be of the process it is filed under, but may carry validation errors: it answers them instead.
/// </summary>
public static class DefinitionDrafts
{
    public static async Task<IResult> Get(string processId, DefinitionDraftStore drafts, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (await drafts.GetAsync(processId, cancellationToken) is not { } draft)
        {
            return Problem.NotFound($"Quy trình {processId} không có bản nháp.");
        }

        var names = await UserNames.OfAsync(db, [draft.SavedBy], cancellationToken);
        return TypedResults.Ok(new DraftResponse(draft.ProcessId, draft.BpmnXml, names.NameOf(draft.SavedBy), draft.SavedAt));
    }

    public static async Task<IResult> Put(
        string processId, DeployDefinitionRequest? request, ClaimsPrincipal user, DefinitionStore definitions, DefinitionDraftStore drafts,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.Xml))
        {
            return Problem.Invalid("xml", "Nội dung tệp BPMN (XML) là bắt buộc.");
        }

        var parsed = definitions.Validate(request.Xml);
        if (parsed.Definitions is null)
        {
            var unreadable = parsed.Diagnostics.First(d => d.IsError);
            return Problem.Invalid("xml", $"Không đọc được tệp BPMN, bản nháp chưa được lưu. {DiagnosticResponses.Describe(unreadable)}");
        }

        if (parsed.Definitions.MainProcess is { } process && process.Id != processId)
        {
            return Problem.Invalid("processId", $"Tệp BPMN là quy trình {process.Id}, không phải {processId}.");
        }

        var saved = await drafts.SaveAsync(processId, request.Xml, user.UserId(), cancellationToken);
        return TypedResults.Ok(new DraftSaved(processId, saved.SavedAt,
            parsed.Diagnostics.Where(d => d.IsError).Select(DiagnosticResponses.From).ToList(),
            parsed.Diagnostics.Where(d => !d.IsError).Select(DiagnosticResponses.From).ToList()));
    }

    public static async Task<IResult> Delete(string processId, ClaimsPrincipal user, DefinitionDraftStore drafts, CancellationToken cancellationToken) =>
        await drafts.DeleteAsync(processId, user.UserId(), cancellationToken)
            ? TypedResults.NoContent()
            : Problem.NotFound($"Quy trình {processId} không có bản nháp.");
}
