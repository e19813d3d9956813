using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Incidents;

/// <summary>POST /api/incidents/{id}/retry (administrators): resumes the instance at the failed step.</summary>
public static class RetryIncident
{
    public static async Task<Results<Ok<RetryIncidentResponse>, ProblemHttpResult>> Handle(
        Guid id, ClaimsPrincipal user, WorkflowDbContext db, WorkflowCommandProcessor processor, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (incident is null)
        {
            return Problem.NotFound($"Không tìm thấy sự cố {id}.");
        }

        if (incident.ResolvedAt is not null)
        {
            return Problem.Conflict("Sự cố này đã được xử lý.");
        }

        var result = await processor.ExecuteAsync(incident.InstanceId,
            new Engine.Runtime.Commands.RetryIncident(id) { Actor = user.UserId() }, cancellationToken);

        // The retry may fail again and raise a new incident; say whether this one is gone.
        var resolved = result.State.Incidents.All(i => i.Id != id);
        return TypedResults.Ok(new RetryIncidentResponse(id, incident.InstanceId, StoredNames.Of(result.State.Status), resolved));
    }
}
