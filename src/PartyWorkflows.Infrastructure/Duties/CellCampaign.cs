using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// A campaign that opens one instance per cell and period for the cell's members that <c>members</c> selects: one
/// ordered scan of the members table (indexed by cell and status), grouped by cell in memory, started in bulk. Business
/// key <c>{processId}/{cellId}/{period}</c>; the instance id derives from it, so a re-run starts nothing twice. Each
/// instance gets <c>members</c>, the cell's members as member-grading.bpmn lists them (<see cref="CellMember"/>: memberKey,
/// fullName, full, exempted, admittedOn …), besides the campaign's variables and those <c>perCell</c> adds.
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
        CancellationToken cancellationToken,
        Func<Guid, (string Name, object? Value)[]>? perCell = null)
    {
        var full = StoredNames.Of(MemberStanding.Full);
        var exempted = StoredNames.Of(MemberStatus.Exempted);
        var selected = await db.Members.AsNoTracking()
            .Where(members)
            .OrderBy(m => m.OrganisationId).ThenBy(m => m.FullName).ThenBy(m => m.BusinessKey)
            .Select(m => new { m.OrganisationId, m.BusinessKey, m.FullName, m.Standing, m.Status, m.AdmittedOn })
            .ToListAsync(cancellationToken);

        var items = selected.GroupBy(m => m.OrganisationId).Select(cell =>
        {
            var businessKey = BusinessKey(processId, cell.Key, period);
            var list = cell.Select(m => new CellMember(m.BusinessKey, m.FullName, Full: m.Standing == full, Exempted: m.Status == exempted,
                AdmittedOn: m.AdmittedOn)).ToList();
            return new StartItem(NameBasedId.For(businessKey), cell.Key, businessKey,
                DutyStarts.Variables([.. variables, .. perCell?.Invoke(cell.Key) ?? [], ("members", list)]));
        });
        return await starts.StartAsync(processId, dutyId, items, started: null, cancellationToken);
    }
}
