using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Web.Auth;

/// <summary>
/// What a user's seats (positions) let them see and do (DESIGN.md "Committees and levels": a user sees and acts only
/// on tasks of the bodies they sit on).
/// </summary>
public sealed class SeatAccess(WorkflowDbContext db)
{
    /// <summary>Deeper than any real tree; stops a corrupted parent cycle from looping forever.</summary>
    private const int MaxDepth = 32;

    /// <summary>A seat on the organisation or on any organisation above it: who may open a case about it.</summary>
    public async Task<bool> SitsInOrAboveAsync(string userId, Guid organisationId, CancellationToken cancellationToken)
    {
        var chain = await ChainAsync(organisationId, cancellationToken);
        return await db.Positions.AnyAsync(p => p.UserId == userId && chain.Contains(p.OrganisationId), cancellationToken);
    }

    /// <summary>The organisation and every organisation above it, nearest first.</summary>
    public async Task<List<Guid>> ChainAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        var chain = new List<Guid>();
        Guid? next = organisationId;
        while (next is { } id && chain.Count < MaxDepth && !chain.Contains(id))
        {
            chain.Add(id);
            next = await db.Organisations.Where(o => o.Id == id).Select(o => o.ParentId).SingleOrDefaultAsync(cancellationToken);
        }

        return chain;
    }

    /// <summary>A seat on the task's acting body (any body of its organisation when the task names none).</summary>
    public Task<bool> SitsOnBodyOfAsync(string userId, TaskRecord task, CancellationToken cancellationToken) =>
        db.Positions.AnyAsync(p => p.UserId == userId && p.OrganisationId == task.OrganisationId
            && (task.CommitteeBody == null || p.Body == task.CommitteeBody), cancellationToken);

    /// <summary>A seat on any organisation that has or had a task on the instance: who may read its dossier.</summary>
    public Task<bool> TookPartInAsync(string userId, Guid instanceId, CancellationToken cancellationToken) =>
        db.Tasks.AnyAsync(t => t.InstanceId == instanceId
            && db.Positions.Any(p => p.UserId == userId && p.OrganisationId == t.OrganisationId), cancellationToken);
}
