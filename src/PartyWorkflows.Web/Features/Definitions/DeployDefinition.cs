using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyWorkflows.Infrastructure.Drafts;
using PartyWorkflows.Infrastructure.Workflows.Definitions;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Definitions;

/// <summary>
/// POST /api/definitions: validates and stores a BPMN file as the next version of its process. A file with errors
/// changes nothing and answers 422 listing every diagnostic with the element it names.
/// </summary>
public static class DeployDefinition
{
    public static async Task<Results<Created<DeploymentResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        HttpRequest request, ClaimsPrincipal user, DefinitionStore store, DefinitionDraftStore drafts, CancellationToken cancellationToken)
    {
        if (await ReadXmlAsync(request, cancellationToken) is not { } xml)
        {
            return Problem.Of(StatusCodes.Status415UnsupportedMediaType,
                "Gửi tệp BPMN với Content-Type application/xml hoặc text/xml, hoặc JSON {\"xml\": \"…\"}.");
        }

        if (string.IsNullOrWhiteSpace(xml))
        {
            return Problem.Invalid("xml", "Nội dung tệp BPMN (XML) là bắt buộc.");
        }

        var result = await store.DeployAsync(xml, user.UserId(), cancellationToken);
        if (result.Definition is not { } definition)
        {
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            return Problem.Of(StatusCodes.Status422UnprocessableEntity,
                $"Tệp BPMN có {errors.Count} lỗi, chưa được triển khai. {DiagnosticResponses.Describe(errors[0])}",
                new Dictionary<string, object?> { ["errors"] = errors.ConvertAll(DiagnosticResponses.From) });
        }

        // Published: the draft it came from is done with.
        await drafts.DeleteAsync(definition.ProcessId, user.UserId(), cancellationToken);
        var warnings = result.Diagnostics.Where(d => !d.IsError).Select(DiagnosticResponses.From).ToList();
        return TypedResults.Created(
            $"/api/definitions/{Uri.EscapeDataString(definition.ProcessId)}/versions/{definition.Version}",
            new DeploymentResponse(definition.ProcessId, definition.Version, result.IsNewVersion, warnings));
    }

    /// <returns>The XML of an XML or JSON body; null for any other content type.</returns>
    private static async Task<string?> ReadXmlAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasJsonContentType())
        {
            return (await request.ReadFromJsonAsync<DeployDefinitionRequest>(cancellationToken))?.Xml ?? "";
        }

        var mediaType = request.GetTypedHeaders().ContentType?.MediaType.Value;
        if (mediaType is not ("application/xml" or "text/xml"))
        {
            return null;
        }

        // The parser, not the transport, decides the encoding from the XML declaration; UTF-8 is BPMN's norm.
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
