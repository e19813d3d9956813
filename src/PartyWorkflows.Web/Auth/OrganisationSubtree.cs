using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Web.Auth;

/// <summary>
/// The organisations at or below some roots. The tree is small (one row per committee or cell) next to the member
/// rows it scopes, so it is read once as (id, parent) pairs and walked in memory; the result then filters members by
/// their indexed organisation column in one query.
/// </summary>
public static class OrganisationSubtree
{
    public static async Task<HashSet<Guid>> AtOrBelowAsync(WorkflowDbContext db, IEnumerable<Guid> roots, CancellationToken cancellationToken)
    {
        var children = (await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToListAsync(cancellationToken))
            .Where(o => o.ParentId is not null)
            .ToLookup(o => o.ParentId!.Value, o => o.Id);
        var found = new HashSet<Guid>();
        var pending = new Stack<Guid>(roots);
        while (pending.TryPop(out var id))
        {
            // A visited node is not walked again, which also stops a corrupted parent cycle.
            if (found.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return found;
    }

    /// <summary>The organisations a user's seats reach: each seat's organisation and everything below it.</summary>
    public static async Task<HashSet<Guid>> OfSeatsAsync(WorkflowDbContext db, string userId, CancellationToken cancellationToken)
    {
        var seats = await db.Positions.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.OrganisationId).Distinct()
            .ToListAsync(cancellationToken);
        return await AtOrBelowAsync(db, seats, cancellationToken);
    }
}
