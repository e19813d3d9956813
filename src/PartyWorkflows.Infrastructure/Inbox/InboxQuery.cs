using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Inbox;

/// <summary>
/// A user's inbox: the open tasks of the bodies they sit on (a task without a body is open to any seat on its
/// organisation), overdue first, then by due date. One SQL statement served by the
/// (organisation_id, committee_body, status, due_at) index and the positions key, probed per seat of the user.
/// </summary>
public sealed class InboxQuery(WorkflowDbContext db, TimeProvider time)
{
    public const int MaxLimit = 200;

    public async Task<InboxPage> ForUserAsync(string userId, InboxFilter filter, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var limit = Math.Clamp(filter.Limit, 1, MaxLimit);
        var offset = Math.Max(filter.Offset, 0);
        var matching = Matching(userId, filter);

        // The total rides along as a scalar subquery, so a page and its count are one round trip and one snapshot.
        var rows = await matching
            .OrderBy(t => t.DueAt != null && t.DueAt < now ? 0 : 1)
            .ThenBy(t => t.DueAt == null)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Skip(offset)
            .Take(limit)
            .Select(t => new { Task = t, Total = matching.Count() })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // Only a page past the end has no row to carry the total.
        var total = rows.Count > 0 ? rows[0].Total : offset == 0 ? 0 : await matching.CountAsync(cancellationToken);
        return new InboxPage(rows.ConvertAll(r => ToItem(r.Task, now)), total);
    }

    /// <summary>The inbox header's counters over every task matching the filter (not only one page), in one statement.</summary>
    /// <param name="dueSoonBefore">Tasks due before this instant, and not yet overdue, count as due soon.</param>
    public async Task<InboxCounts> CountsForUserAsync(
        string userId, InboxFilter filter, DateTimeOffset dueSoonBefore, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var counts = await Matching(userId, filter)
            .GroupBy(_ => 1)
            .Select(g => new InboxCounts(
                g.Count(t => t.DueAt != null && t.DueAt < now),
                g.Count(t => t.DueAt != null && t.DueAt >= now && t.DueAt < dueSoonBefore)))
            .SingleOrDefaultAsync(cancellationToken);
        return counts ?? new InboxCounts(0, 0);
    }

    private IQueryable<TaskRecord> Matching(string userId, InboxFilter filter)
    {
        // Two disjoint halves glued with UNION ALL: the tasks of the user's bodies, and the tasks without a body on the
        // user's organisations. Each is a plain semi-join the planner drives from the user's few seats into the
        // (organisation_id, committee_body, status, due_at) index; with the two cases OR-ed inside one EXISTS it scanned
        // every open task instead (≈ 100 ms at a million).
        var seats = db.Positions.Where(p => p.UserId == userId);
        var tasks = db.Tasks
            .Where(t => t.Status == TaskStatuses.Open && t.CommitteeBody != null
                && seats.Any(p => p.OrganisationId == t.OrganisationId && p.Body == t.CommitteeBody))
            .Concat(db.Tasks.Where(t => t.Status == TaskStatuses.Open && t.CommitteeBody == null
                && seats.Any(p => p.OrganisationId == t.OrganisationId)));
        if (filter.ProcessId is { } processId)
        {
            tasks = tasks.Where(t => t.ProcessId == processId);
        }

        if (filter.OrganisationId is { } organisationId)
        {
            tasks = tasks.Where(t => t.OrganisationId == organisationId);
        }

        if (filter.BusinessKey is { } businessKey)
        {
            tasks = tasks.Where(t => t.BusinessKey == businessKey);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim().ToLower();
            tasks = tasks.Where(t => (t.BusinessKey != null && t.BusinessKey.ToLower().Contains(search)) || t.Name.ToLower().Contains(search));
        }

        if (filter.DueBefore is { } dueBefore)
        {
            tasks = tasks.Where(t => t.DueAt != null && t.DueAt < dueBefore);
        }

        return tasks;
    }

    private static InboxItem ToItem(TaskRecord t, DateTimeOffset now) =>
        new(t.Id, t.InstanceId, t.ProcessId, t.ElementId, t.Name, t.BusinessKey, t.OrganisationId, t.CommitteeLevel, t.CommitteeBody,
            t.FormKey, t.CreatedAt, t.DueAt, t.DueAt < now);
}
