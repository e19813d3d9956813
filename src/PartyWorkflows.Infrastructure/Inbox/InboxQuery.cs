using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Inbox;

/// <summary>
/// A user's inbox: the open tasks of the bodies they sit on (a task without a body is open to any seat on its
/// organisation), overdue first, then by due date, with the header counters (total, overdue, due soon).
/// </summary>
/// <remarks>
/// Overdue first then by due date is the same order as due date ascending with nulls last (overdue means due before
/// now), then creation and id: exactly the order of the partial inbox index. On PostgreSQL one statement reads each
/// seat's index range in that order and stops after the page, and counts from the same index without the heap; SQLite
/// (the embedded, small default) gets the plain LINQ form.
/// </remarks>
public sealed class InboxQuery(WorkflowDbContext db, TimeProvider time)
{
    public const int MaxLimit = 200;

    private const string Columns =
        "t.id, t.instance_id, t.process_id, t.element_id, t.name, t.business_key, t.organisation_id, t.committee_level, " +
        "t.committee_body, t.form_key, t.created_at, t.due_at";

    /// <param name="dueSoonBefore">Tasks due before this instant, and not yet overdue, count as due soon.</param>
    public async Task<InboxPage> ForUserAsync(
        string userId, InboxFilter filter, DateTimeOffset? dueSoonBefore = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var limit = Math.Clamp(filter.Limit, 1, MaxLimit);
        var offset = Math.Max(filter.Offset, 0);
        var soon = dueSoonBefore ?? now;
        return db.Database.GetDbConnection() is NpgsqlConnection
            ? await OnPostgresAsync(userId, filter, now, soon, offset, limit, cancellationToken)
            : await WithLinqAsync(userId, filter, now, soon, offset, limit, cancellationToken);
    }

    private async Task<InboxPage> OnPostgresAsync(
        string userId, InboxFilter filter, DateTimeOffset now, DateTimeOffset soon, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand();
        var conditions = Conditions(filter, command.Parameters);
        // Two disjoint halves under UNION ALL (the user's bodies; tasks without a body on the user's organisations), each
        // driven from the few seats into the inbox index: OR-ed in one condition the planner scanned every open task.
        // The page takes at most offset + limit keys per seat, already in order, from index-only scans (a plain scan with
        // the full row is planned as a bitmap scan and a sort of the whole seat), re-orders only those and then fetches
        // the page's rows by id; the counters read due_at (and the covered filters) from the same index. The counters'
        // row is always there, so an empty page still carries the total.
        command.CommandText = $"""
            WITH seats AS (
                SELECT organisation_id, body FROM positions WHERE user_id = @user
            ),
            matching AS (
                SELECT t.due_at FROM seats s
                JOIN workflow_tasks t ON t.organisation_id = s.organisation_id AND t.committee_body = s.body
                WHERE t.status = 'open'{conditions}
                UNION ALL
                SELECT t.due_at FROM workflow_tasks t
                WHERE t.status = 'open' AND t.committee_body IS NULL
                  AND t.organisation_id IN (SELECT organisation_id FROM seats){conditions}
            ),
            counts AS (
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE due_at < @now) AS overdue,
                       count(*) FILTER (WHERE due_at >= @now AND due_at < @soon) AS due_soon
                FROM matching
            ),
            page AS (
                SELECT p.id FROM (
                    SELECT t.* FROM seats s CROSS JOIN LATERAL (
                        SELECT t.due_at, t.created_at, t.id FROM workflow_tasks t
                        WHERE t.organisation_id = s.organisation_id AND t.committee_body = s.body AND t.status = 'open'{conditions}
                        ORDER BY t.due_at, t.created_at, t.id LIMIT @reach) t
                    UNION ALL
                    SELECT t.* FROM (SELECT DISTINCT organisation_id FROM seats) s CROSS JOIN LATERAL (
                        SELECT t.due_at, t.created_at, t.id FROM workflow_tasks t
                        WHERE t.organisation_id = s.organisation_id AND t.committee_body IS NULL AND t.status = 'open'{conditions}
                        ORDER BY t.due_at, t.created_at, t.id LIMIT @reach) t
                ) p
                ORDER BY p.due_at, p.created_at, p.id
                OFFSET @offset LIMIT @limit
            )
            SELECT c.total, c.overdue, c.due_soon, {Columns}
            FROM counts c LEFT JOIN (page p JOIN workflow_tasks t ON t.id = p.id) ON true
            ORDER BY t.due_at, t.created_at, t.id
            """;
        command.Parameters.Add(new NpgsqlParameter<string>("user", userId));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("soon", soon.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter<long>("reach", (long)offset + limit));
        command.Parameters.Add(new NpgsqlParameter<int>("offset", offset));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            command.Connection = connection;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var items = new List<InboxItem>(limit);
            int total = 0, overdue = 0, dueSoon = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                (total, overdue, dueSoon) = ((int)reader.GetInt64(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2));
                if (reader.IsDBNull(3))
                {
                    continue;
                }

                DateTimeOffset? dueAt = reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14);
                items.Add(new InboxItem(
                    reader.GetGuid(3), reader.GetGuid(4), reader.GetString(5), reader.GetString(6), reader.GetString(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetGuid(9),
                    reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11),
                    reader.IsDBNull(12) ? null : reader.GetString(12), reader.GetFieldValue<DateTimeOffset>(13), dueAt, dueAt < now));
            }

            return new InboxPage(items, total, overdue, dueSoon);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The filter's conditions on a task aliased t, their values added to the parameters.</summary>
    private static string Conditions(InboxFilter filter, NpgsqlParameterCollection parameters)
    {
        var sql = new StringBuilder();
        if (filter.ProcessId is { } processId)
        {
            sql.Append(" AND t.process_id = @process_id");
            parameters.Add(new NpgsqlParameter<string>("process_id", processId));
        }

        if (filter.OrganisationId is { } organisationId)
        {
            sql.Append(" AND t.organisation_id = @organisation_id");
            parameters.Add(new NpgsqlParameter<Guid>("organisation_id", organisationId));
        }

        if (filter.BusinessKey is { } businessKey)
        {
            sql.Append(" AND t.business_key = @business_key");
            parameters.Add(new NpgsqlParameter<string>("business_key", businessKey));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // strpos, not LIKE: the user's text needs no escaping. The case's variables hold the member's particulars
            // (name, card number); they are read only for the user's own open tasks, and only when searching.
            sql.Append(" AND (strpos(lower(t.business_key), @search) > 0 OR strpos(lower(t.name), @search) > 0" +
                " OR EXISTS (SELECT 1 FROM workflow_instances i WHERE i.id = t.instance_id" +
                " AND strpos(lower((i.state -> 'variables')::text), @search) > 0))");
            parameters.Add(new NpgsqlParameter<string>("search", filter.Search.Trim().ToLower()) { NpgsqlDbType = NpgsqlDbType.Text });
        }

        if (filter.DueBefore is { } dueBefore)
        {
            sql.Append(" AND t.due_at < @due_before");
            parameters.Add(new NpgsqlParameter<DateTimeOffset>("due_before", dueBefore.ToUniversalTime()));
        }

        return sql.ToString();
    }

    private async Task<InboxPage> WithLinqAsync(
        string userId, InboxFilter filter, DateTimeOffset now, DateTimeOffset soon, int offset, int limit, CancellationToken cancellationToken)
    {
        var matching = Matching(userId, filter);
        var items = await matching
            .OrderBy(t => t.DueAt != null && t.DueAt < now ? 0 : 1)
            .ThenBy(t => t.DueAt == null)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.CreatedAt)
            .ThenBy(t => t.Id)
            .Skip(offset)
            .Take(limit)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var counts = await matching
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Total = g.Count(),
                Overdue = g.Count(t => t.DueAt != null && t.DueAt < now),
                DueSoon = g.Count(t => t.DueAt != null && t.DueAt >= now && t.DueAt < soon),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return new InboxPage(items.ConvertAll(t => ToItem(t, now)), counts?.Total ?? 0, counts?.Overdue ?? 0, counts?.DueSoon ?? 0);
    }

    private IQueryable<TaskRecord> Matching(string userId, InboxFilter filter)
    {
        // The same two disjoint halves as on PostgreSQL.
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
            tasks = tasks.Where(t => (t.BusinessKey != null && t.BusinessKey.ToLower().Contains(search)) || t.Name.ToLower().Contains(search)
                || db.Instances.Any(i => i.Id == t.InstanceId && i.State.ToLower().Contains(search)));
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
