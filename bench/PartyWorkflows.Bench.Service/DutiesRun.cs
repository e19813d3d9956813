using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Bench.Service;

/// <summary>
/// The periodic duties at a national scale's proportions (5.6 million members in 50 000 grassroots organisations: about
/// 112 members each, in 4 cells of 28): a fresh database of <c>members</c> members is filled by INSERT … SELECT
/// generate_series, then the transfer-slip check and the six-monthly cell reconciliation run as their job runs them,
/// next to the baseline, a count(*) of the members table.
/// </summary>
internal static class DutiesRun
{
    public sealed record Timings(int Members, TimeSpan SlipCheck, int SlipsOpened, TimeSpan Reconciliation, int ReconciliationsOpened, TimeSpan Baseline);

    public static async Task<Timings> RunAsync(int members)
    {
        await using var database = await BenchDatabase.CreateAsync();
        await SeedAsync(database, members);
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<DefinitionStore>();
            foreach (var file in new[] { "overdue-transfer.bpmn", "member-reconciliation.bpmn" })
            {
                var deployed = await store.DeployAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", file)), "bench");
                _ = deployed.Definition ?? throw new InvalidOperationException($"{file} does not deploy.");
            }
        }

        var baseline = await TimeAsync(async () =>
        {
            await using var connection = await database.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM members", connection);
            return (int)(long)(await count.ExecuteScalarAsync())!;
        });
        var slipCheck = await TimeAsync(() => RunDutyAsync(database, TransferSlipCheckDuty.DutyId));
        var reconciliation = await TimeAsync(() => RunDutyAsync(database, CellReconciliationDuty.DutyId));
        return new Timings(members, slipCheck.Elapsed, slipCheck.Result, reconciliation.Elapsed, reconciliation.Result, baseline.Elapsed);
    }

    private static async Task<int> RunDutyAsync(BenchDatabase database, string dutyId)
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PeriodicDutyJob>().RunAsync(dutyId, CancellationToken.None);
    }

    private static async Task<(TimeSpan Elapsed, int Result)> TimeAsync(Func<Task<int>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        return (watch.Elapsed, result);
    }

    /// <summary>
    /// One province; a superior committee per 10 grassroots organisations; 4 cells per grassroots organisation.
    /// Members: 1 in 50 exempted, 1 in 200 removed (their dossiers still held: found by reconciliation); 1 in 100 without
    /// a dossier; 1 document in 1 000 damaged. Transfer slips for 3 % of the members, issued over the last year, 1 in 5
    /// still without its dossier (those older than three months are overdue: about 0.45 % of the members).
    /// </summary>
    private static async Task SeedAsync(BenchDatabase database, int members)
    {
        var cells = Math.Max(members / 28, 4);
        var grassroots = Math.Max(cells / 4, 1);
        var superiors = Math.Max(grassroots / 10, 1);
        var held = StoredNames.Of(Membership.Members.DossierStatus.Held);
        await database.ExecuteAsync($"""
            INSERT INTO organisations (id, parent_id, kind, name, code) VALUES (md5('p')::uuid, NULL, 'province', 'Tỉnh ủy', 'bp');
            INSERT INTO organisations (id, parent_id, kind, name, code)
            SELECT md5('s' || s)::uuid, md5('p')::uuid, 'superior', 'Huyện ủy ' || s, 'bs-' || s FROM generate_series(1, {superiors}) s;
            INSERT INTO organisations (id, parent_id, kind, name, code)
            SELECT md5('g' || g)::uuid, md5('s' || (g % {superiors} + 1))::uuid, 'grassroots', 'Đảng ủy ' || g, 'bg-' || g FROM generate_series(1, {grassroots}) g;
            INSERT INTO organisations (id, parent_id, kind, name, code)
            SELECT md5('c' || c)::uuid, md5('g' || (c % {grassroots} + 1))::uuid, 'cell', 'Chi bộ ' || c, 'bc-' || c FROM generate_series(1, {cells}) c;
            INSERT INTO members (id, business_key, full_name, birth_date, organisation_id, status, standing, admitted_on, full_member_on)
            SELECT md5('m' || m)::uuid, 'dv-' || m, 'Đảng viên ' || m, DATE '1950-01-01' + (m % 20000), md5('c' || (m % {cells} + 1))::uuid,
                   CASE WHEN m % 200 = 0 THEN 'removed' WHEN m % 50 = 0 THEN 'exempted' ELSE 'active' END,
                   'full', DATE '1990-01-01' + (m % 12000), DATE '1991-01-01' + (m % 12000)
            FROM generate_series(1, {members}) m;
            INSERT INTO member_dossiers (id, member_key, held_by_organisation_id, status)
            SELECT md5('d' || m)::uuid, 'dv-' || m, md5('g' || ((m % {cells} + 1) % {grassroots} + 1))::uuid, '{held}'
            FROM generate_series(1, {members}) m WHERE m % 100 <> 7;
            INSERT INTO dossier_documents (dossier_id, kind, damaged)
            SELECT md5('d' || m)::uuid, 'ly-lich', m % 1000 = 3 FROM generate_series(1, {members}) m WHERE m % 100 <> 7;
            INSERT INTO transfer_slips (id, slip_number, member_key, from_organisation_id, to_organisation_id, issued_on, dossier_received_on, recorded_at)
            SELECT md5('t' || t)::uuid, 'PB-' || t, 'dv-in-' || t, md5('elsewhere')::uuid, md5('g' || (t % {grassroots} + 1))::uuid,
                   CURRENT_DATE - (t % 365), CASE WHEN t % 5 = 0 THEN NULL ELSE CURRENT_DATE - (t % 365) + 20 END, now()
            FROM generate_series(1, {members * 3 / 100}) t;
            """);

        // Statistics and the visibility map, as autovacuum would leave them in production.
        await database.ExecuteAsync("VACUUM ANALYZE");
    }
}
