using Microsoft.AspNetCore.Http.HttpResults;
using PartyWorkflows.Infrastructure.Workflows.Definitions;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Definitions;

/// <summary>
/// POST /api/definitions/validate {xml}: the deployment's validation without deploying, so the designer can mark each
/// diagnostic on its element before an administrator publishes.
/// </summary>
public static class ValidateDefinition
{
    public static Results<Ok<ValidationResponse>, ValidationProblem> Handle(DeployDefinitionRequest? request, DefinitionStore store)
    {
        if (string.IsNullOrWhiteSpace(request?.Xml))
        {
            return Problem.Invalid("xml", "Nội dung tệp BPMN (XML) là bắt buộc.");
        }

        var diagnostics = store.Validate(request.Xml).Diagnostics;
        return TypedResults.Ok(new ValidationResponse(
            diagnostics.Where(d => d.IsError).Select(DiagnosticResponses.From).ToList(),
            diagnostics.Where(d => !d.IsError).Select(DiagnosticResponses.From).ToList()));
    }
}
