using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Identity;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Features.Administration;

/// <summary>GET /api/admin/users: every account with its role and its seats (positions).</summary>
public static class ListUsers
{
    public static async Task<IResult> Handle(WorkflowDbContext db, CancellationToken cancellationToken)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync(cancellationToken);
        var administrators = await db.UserRoles.AsNoTracking()
            .Join(db.Roles.Where(r => r.Name == PartyRoles.Administrator), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .ToListAsync(cancellationToken);
        var positions = (await db.Positions.AsNoTracking()
                .GroupJoin(db.Organisations, p => p.OrganisationId, o => o.Id, (p, o) => new { p, o })
                .SelectMany(x => x.o.DefaultIfEmpty(), (x, o) => new { x.p.UserId, x.p.OrganisationId, OrganisationName = o == null ? null : o.Name, x.p.Body })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.UserId, p => new PositionSummary(p.OrganisationId, p.OrganisationName, p.Body));
        return TypedResults.Ok(users.ConvertAll(u => new UserSummary(
            u.Id, u.Email, u.DisplayName, administrators.Contains(u.Id), positions[u.Id].ToList())));
    }
}
