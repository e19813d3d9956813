using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Infrastructure.Inbox;

namespace PartyWorkflows.Bench.Service;

/// <summary>
/// The inbox of one user among many: the database is filled (set-based, in SQL) up to the wanted number of open tasks
/// spread over 50 000 seats (10 000 organisations × 5 bodies), and the user sits on four seats holding their share;
/// then InboxQuery runs for that user, first page with default filters and a filtered variant.
/// </summary>
internal static class InboxRun
{
    public const string User = "inbox-bench-user";
    private const int Organisations = 10_000;
    private const int UserSeats = 4;

    public static async Task<long> FillAsync(BenchDatabase database, int openTasks, int userTasks)
    {
        await using var connection = await database.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM workflow_tasks WHERE status = 'open'", connection);
        var existing = (long)(await count.ExecuteScalarAsync())!;
        var filler = Math.Max(0, openTasks - userTasks - existing);
        var perSeat = userTasks / UserSeats;
        await database.ExecuteAsync($"""
            INSERT INTO organisations (id, parent_id, kind, name, code)
            SELECT md5('org' || g)::uuid, NULL, 'cell', 'Chi bộ ' || g, 'inbox-org-' || g FROM generate_series(1, {Organisations + UserSeats}) g;

            INSERT INTO positions (user_id, organisation_id, body)
            SELECT 'member-' || o || '-' || b, md5('org' || o)::uuid, b
            FROM generate_series(1, {Organisations}) o,
                 unnest(ARRAY['secretary', 'cell-meeting', 'committee', 'standing-committee', 'organization-department']) b;
            INSERT INTO positions (user_id, organisation_id, body)
            SELECT '{User}', md5('org' || ({Organisations} + s))::uuid, 'secretary' FROM generate_series(1, {UserSeats}) s;

            INSERT INTO workflow_instances (id, process_id, definition_version, business_key, subject_organisation_id, status, state, row_version, started_at)
            SELECT md5('instance' || g)::uuid, 'inbox-filler', 1, 'filler-' || g, md5('org' || g)::uuid, 'running', jsonb_build_object(), 1, now()
            FROM generate_series(1, {Organisations}) g;

            INSERT INTO workflow_tasks (id, instance_id, element_id, name, process_id, business_key, organisation_id, committee_level,
                                        committee_body, form_key, status, created_at, due_at)
            SELECT gen_random_uuid(), md5('instance' || (g % {Organisations} + 1))::uuid, 'review', 'Xem xét hồ sơ ' || g,
                   (ARRAY['card-issuance', 'badge-award', 'member-grading', 'transfer-check'])[g % 4 + 1], 'case-' || g,
                   md5('org' || (g % {Organisations} + 1))::uuid, 'cell',
                   (ARRAY['secretary', 'cell-meeting', 'committee', 'standing-committee', 'organization-department'])[(g / {Organisations}) % 5 + 1],
                   'review-form', 'open', now() - (g % 365) * interval '1 day',
                   CASE WHEN g % 10 = 0 THEN NULL ELSE now() + ((g % 60) - 20) * interval '1 day' END
            FROM generate_series(1, {filler}) g;

            -- The user's seats: mostly the secretary's tasks, some open to any seat of the organisation (no body).
            INSERT INTO workflow_tasks (id, instance_id, element_id, name, process_id, business_key, organisation_id, committee_level,
                                        committee_body, form_key, status, created_at, due_at)
            SELECT gen_random_uuid(), md5('instance' || (g % {Organisations} + 1))::uuid, 'review', 'Xem xét hồ sơ đảng viên ' || g,
                   (ARRAY['card-issuance', 'badge-award', 'member-grading', 'transfer-check'])[g % 4 + 1], 'member-' || g,
                   md5('org' || ({Organisations} + g % {UserSeats} + 1))::uuid, 'cell',
                   CASE WHEN g % 20 = 0 THEN NULL ELSE 'secretary' END,
                   'review-form', 'open', now() - (g % 365) * interval '1 day',
                   CASE WHEN g % 10 = 0 THEN NULL ELSE now() + ((g % 60) - 20) * interval '1 day' END
            FROM generate_series(1, {perSeat * UserSeats}) g;
            """, timeoutSeconds: 3600);
        // As autovacuum would in production: statistics, and the visibility map that lets the counters be index-only.
        await database.ExecuteAsync("VACUUM ANALYZE", timeoutSeconds: 3600);

        await using var total = new Npgsql.NpgsqlCommand("SELECT count(*) FROM workflow_tasks WHERE status = 'open'", connection);
        return (long)(await total.ExecuteScalarAsync())!;
    }

    public static async Task<Percentiles> MeasureAsync(BenchDatabase database, InboxFilter filter, int runs, int expectedTotal)
    {
        var samples = new List<double>(runs);
        for (var i = -20; i < runs; i++)
        {
            await using var scope = database.Services.CreateAsyncScope();
            var inbox = scope.ServiceProvider.GetRequiredService<InboxQuery>();
            var stopwatch = Stopwatch.StartNew();
            // With the "due soon" horizon, as GET /api/inbox asks: the page and all three counters.
            var page = await inbox.ForUserAsync(User, filter, DateTimeOffset.UtcNow.AddDays(3));
            stopwatch.Stop();
            if (expectedTotal >= 0 && page.Total != expectedTotal)
            {
                throw new InvalidOperationException($"The inbox shows {page.Total} tasks, not {expectedTotal}.");
            }

            if (i >= 0)
            {
                samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        return new Percentiles(At(samples, 0.50), At(samples, 0.95), At(samples, 0.99));
    }

    private static double At(List<double> sorted, double quantile) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];
}

internal sealed record Percentiles(double P50, double P95, double P99);
