using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Definitions;

/// <summary>GET /api/definitions/{processId}/versions/{version}: the deployed BPMN file, byte for byte.</summary>
public static class GetDefinitionXml
{
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Handle(
        string processId, int version, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var xml = await db.Definitions.AsNoTracking()
            .Where(d => d.ProcessId == processId && d.Version == version)
            .Select(d => d.BpmnXml)
            .SingleOrDefaultAsync(cancellationToken);
        return xml is null
            ? Problem.NotFound($"Quy trình '{processId}' không có phiên bản {version}.")
            : TypedResults.Text(xml, "application/xml; charset=utf-8");
    }
}
