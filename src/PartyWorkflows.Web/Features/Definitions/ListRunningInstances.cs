using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Features.Definitions;

/// <summary>
/// GET /api/definitions/{processId}/instances: the running cases of a process and the version each runs on (it keeps
/// that version for life), newest first, for the designer. Administrators only: it names cases of every organisation.
/// </summary>
public static class ListRunningInstances
{
    public const int Limit = 200;

    public static async Task<IResult> Handle(string processId, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var running = StoredNames.Of(InstanceStatus.Running);
        var instances = await db.Instances.AsNoTracking()
            .Where(i => i.ProcessId == processId && i.Status == running)
            .OrderByDescending(i => i.StartedAt).Take(Limit)
            .Select(i => new RunningInstance(i.Id, i.BusinessKey, i.DefinitionVersion, i.StartedAt,
                db.Organisations.Where(o => o.Id == i.SubjectOrganisationId).Select(o => o.Name).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(instances);
    }
}
