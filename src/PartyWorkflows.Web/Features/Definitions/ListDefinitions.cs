using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Features.Definitions;

/// <summary>GET /api/definitions: every process with its versions, who deployed each and how many instances run on it.</summary>
public static class ListDefinitions
{
    public static async Task<IResult> Handle(WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var versions = await db.Definitions.AsNoTracking()
            .Select(d => new { d.ProcessId, d.Version, d.Name, d.DeployedBy, d.DeployedAt })
            .ToListAsync(cancellationToken);
        var running = StoredNames.Of(InstanceStatus.Running);
        var counts = await db.Instances
            .Where(i => i.Status == running)
            .GroupBy(i => new { i.ProcessId, i.DefinitionVersion })
            .Select(g => new { g.Key.ProcessId, g.Key.DefinitionVersion, Count = g.Count() })
            .ToDictionaryAsync(g => (g.ProcessId, g.DefinitionVersion), g => g.Count, cancellationToken);
        var deployers = versions.Select(v => v.DeployedBy).Distinct().ToList();
        var names = await db.Users.Where(u => deployers.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

        var processes = versions
            .GroupBy(v => v.ProcessId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var ordered = g.OrderByDescending(v => v.Version).ToList();
                return new ProcessSummary(g.Key, ordered[0].Name, ordered[0].Version, ordered.ConvertAll(v => new VersionSummary(
                    v.Version, v.Name, names.GetValueOrDefault(v.DeployedBy, v.DeployedBy), v.DeployedAt,
                    counts.GetValueOrDefault((v.ProcessId, v.Version)))));
            })
            .ToList();
        return TypedResults.Ok(processes);
    }
}
