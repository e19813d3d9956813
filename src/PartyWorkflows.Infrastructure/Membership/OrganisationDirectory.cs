using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Infrastructure.Membership;

/// <summary>
/// Resolves the acting organisation of a task from the organisations table. Only the subject's ancestry is read
/// (one row per level), once per unit of work. Also names the committees that print a case's forms.
/// </summary>
public sealed class OrganisationDirectory(WorkflowDbContext db)
{
    /// <summary>Deeper than any real tree; stops a corrupted parent cycle from looping forever.</summary>
    private const int MaxDepth = 32;

    private readonly Dictionary<Guid, Organisation?> _loaded = [];

    /// <returns>Null when the subject is unknown or the tree has no organisation at that level above it.</returns>
    public async Task<Organisation?> ResolveAsync(Guid subjectOrganisationId, string level, CancellationToken cancellationToken)
    {
        Guid? next = subjectOrganisationId;
        for (var depth = 0; next is { } id && depth < MaxDepth; depth++)
        {
            if (!_loaded.TryGetValue(id, out var organisation))
            {
                var record = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
                organisation = record is null ? null : record.ToOrganisation();
                _loaded[id] = organisation;
            }

            next = organisation?.ParentId;
        }

        return CommitteeLevelResolver.Resolve(subjectOrganisationId, level, id => _loaded.GetValueOrDefault(id));
    }

}
