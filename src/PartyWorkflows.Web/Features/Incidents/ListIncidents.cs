using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Features.Incidents;

/// <summary>GET /api/incidents (administrators): the unresolved failures, oldest first.</summary>
public static class ListIncidents
{
    public static async Task<IResult> Handle(WorkflowDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Incidents.AsNoTracking()
            .Where(i => i.ResolvedAt == null)
            .OrderBy(i => i.CreatedAt)
            .Join(db.Instances, i => i.InstanceId, instance => instance.Id, (i, instance) => new OpenIncident(
                i.Id, i.InstanceId, instance.ProcessId, instance.BusinessKey, i.ElementId, i.Kind, i.Message, i.CreatedAt))
            .ToListAsync(cancellationToken));
}
