using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// A campaign that opens one instance per cell and period for the cell's members that <c>members</c> selects: one
/// ordered scan of the members table (indexed by cell and status), grouped by cell in memory, started in bulk. Business
/// key <c>{processId}/{cellId}/{period}</c>; the instance id derives from it, so a re-run starts nothing twice. Each
/// instance gets <c>members</c> = [{memberKey, fullName, standing}] besides the campaign's variables.
/// </summary>
public sealed class CellCampaign(WorkflowDbContext db, DutyStarts starts)
{
    public static string BusinessKey(string processId, Guid cellId, string period) => $"{processId}/{cellId}/{period}";

    /// <returns>How many instances the run opened.</returns>
    public async Task<int> OpenAsync(
        string processId,
        string dutyId,
        string period,
        Expression<Func<MemberRecord, bool>> members,
        (string Name, object? Value)[] variables,
        CancellationToken cancellationToken)
    {
        var selected = await db.Members.AsNoTracking()
            .Where(members)
            .OrderBy(m => m.OrganisationId).ThenBy(m => m.FullName).ThenBy(m => m.BusinessKey)
            .Select(m => new { m.OrganisationId, m.BusinessKey, m.FullName, m.Standing })
            .ToListAsync(cancellationToken);

        var items = selected.GroupBy(m => m.OrganisationId).Select(cell =>
        {
            var businessKey = BusinessKey(processId, cell.Key, period);
            var list = cell.Select(m => new { memberKey = m.BusinessKey, fullName = m.FullName, standing = m.Standing }).ToList();
            return new StartItem(NameBasedId.For(businessKey), cell.Key, businessKey, DutyStarts.Variables([.. variables, ("members", list)]));
        });
        return await starts.StartAsync(processId, dutyId, items, started: null, cancellationToken);
    }
}
