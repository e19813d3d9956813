using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Membership;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>
/// The subjects of a batch and all their ancestors, read level by level with one query per tree level, so a batch of
/// thousands of members of a few hundred cells costs a handful of queries instead of one walk per instance.
/// </summary>
internal sealed class OrganisationTreeSlice
{
    /// <summary>As OrganisationDirectory: deeper than any real tree, stops a corrupted parent cycle.</summary>
    private const int MaxDepth = 32;

    private readonly Dictionary<Guid, Organisation> _organisations = [];

    public static async Task<OrganisationTreeSlice> LoadAsync(WorkflowDbContext db, IEnumerable<Guid> subjectIds, CancellationToken cancellationToken)
    {
        var slice = new OrganisationTreeSlice();
        var wanted = subjectIds.Distinct().ToList();
        for (var depth = 0; wanted.Count > 0 && depth < MaxDepth; depth++)
        {
            var records = await db.Organisations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToListAsync(cancellationToken);
            foreach (var record in records)
            {
                slice._organisations[record.Id] = record.ToOrganisation();
            }

            wanted = records
                .Where(r => r.ParentId is { } parent && !slice._organisations.ContainsKey(parent))
                .Select(r => r.ParentId!.Value)
                .Distinct()
                .ToList();
        }

        return slice;
    }

    /// <returns>Null when the subject is unknown or the tree has no organisation at that level above it.</returns>
    public Organisation? Resolve(Guid subjectOrganisationId, string level) =>
        CommitteeLevelResolver.Resolve(subjectOrganisationId, level, id => _organisations.GetValueOrDefault(id));
}
