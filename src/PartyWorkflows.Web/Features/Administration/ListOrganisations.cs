using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Features.Administration;

/// <summary>GET /api/admin/organisations: the whole organisation tree as a flat list with parent ids, by name.</summary>
public static class ListOrganisations
{
    public static async Task<IResult> Handle(WorkflowDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OrganisationNode(o.Id, o.ParentId, o.Kind, o.Name, o.Code)).ToListAsync(cancellationToken));
}
