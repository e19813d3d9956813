using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Workflows.Commands;

namespace PartyWorkflows.Web.Features.Tasks;

/// <summary>The tasks a committed command opened and that are still open, with the acting organisation's name.</summary>
public static class OpenedTasks
{
    public static async Task<IReadOnlyList<OpenedTask>> OfAsync(WorkflowDbContext db, CommandResult result, CancellationToken cancellationToken)
    {
        var ids = result.Effects.OfType<Engine.Runtime.Effects.TaskOpened>().Select(e => e.Task.Id).ToList();
        return await db.Tasks.AsNoTracking()
            .Where(t => ids.Contains(t.Id) && t.Status == TaskStatuses.Open)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Name)
            .Select(t => new OpenedTask(t.Id, t.Name, t.OrganisationId,
                db.Organisations.Where(o => o.Id == t.OrganisationId).Select(o => o.Name).FirstOrDefault(), t.CommitteeBody, t.DueAt))
            .ToListAsync(cancellationToken);
    }
}
