using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>
/// The reconciliations of member lists with dossiers (seed 000_29c5dfa480f916c0.txt §III.2, seed 003_8ecac7def258469f.txt
/// §1.1), on each provider: every planted discrepancy is found and nothing else, the report is kept and signed off, and
/// a re-run opens nothing.
/// </summary>
public abstract class ReconciliationScenarios : IAsyncLifetime
{
    private readonly WorkflowHarness _harness;
    private OrganisationTree _tree = null!;
    private OrganisationTree _tidy = null!;

    /// <summary>Facts share the class's database: each plants its own members.</summary>
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..6];

    protected ReconciliationScenarios(ITestDatabase database) => _harness = DutyHarness.Create(database);

    public async Task InitializeAsync()
    {
        await _harness.DeployAsync("member-reconciliation.bpmn");
        _tree = await OrganisationTree.SeedAsync(_harness);
        _tidy = await OrganisationTree.SeedAsync(_harness);
        await new MemberStoreSeed()
            .Member(K("ok"), _tree.Cell).Dossier(K("ok"), _tree.Grassroots, DossierStatus.Held, ("ly-lich", false), ("phieu-dang-vien", false))
            .Member(K("exempted"), _tree.Cell, MemberStatus.Exempted).Dossier(K("exempted"), _tree.Grassroots)
            .Member(K("probationary"), _tree.Cell, standing: MemberStanding.Probationary).Dossier(K("probationary"), _tree.Superior)
            .Member(K("no-dossier"), _tree.Cell)
            .Member(K("in-transit"), _tree.Cell).Dossier(K("in-transit"), _tree.Grassroots, DossierStatus.InTransit)
            .Member(K("removed"), _tree.Cell, MemberStatus.Removed).Dossier(K("removed"), _tree.Grassroots)
            .Member(K("damaged"), _tree.Cell).Dossier(K("damaged"), _tree.Grassroots, DossierStatus.Held, ("ly-lich", true), ("quyet-dinh-ket-nap", false))
            .Dossier(K("stranger"), _tree.Grassroots)
            .Member(K("tidy-1"), _tidy.Cell).Dossier(K("tidy-1"), _tidy.Grassroots)
            .Member(K("tidy-2"), _tidy.Cell, MemberStatus.Deceased)
            .SaveAsync(_harness);
    }

    public Task DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_six_monthly_cell_reconciliation_itemises_each_planted_discrepancy_and_nothing_else()
    {
        // 15 June 2026, the mid-year occurrence.
        _harness.Time.SetUtcNow(new DateTimeOffset(2026, 6, 15, 6, 0, 0, TimeSpan.FromHours(7)));
        Assert.NotEqual(0, await _harness.RunDutyAsync(CellReconciliationDuty.DutyId));

        // The probationary member's dossier is kept by the superior committee: held, so it counts for the cell.
        var report = await ReportAsync(_tree.Cell, "2026-H1");
        Assert.Equal((6, 5), (report.ListedCount, report.DossierCount));
        Assert.Equal(
            [
                $"listedMemberWithoutDossier {K("in-transit")}",
                $"listedMemberWithoutDossier {K("no-dossier")}",
                $"dossierWithoutListedMember {K("removed")}",
                $"damagedDocument {K("damaged")} ly-lich",
                "countMismatch  Danh sách có 6 đảng viên, cấp ủy giữ 5 hồ sơ.",
            ],
            Items(report.Discrepancies));
        Assert.Empty(Items((await ReportAsync(_tidy.Cell, "2026-H1")).Discrepancies));

        var instance = await _harness.Db(db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == report.InstanceId));
        Assert.Equal($"member-reconciliation/{_tree.Cell}/2026-H1", instance.BusinessKey);
        var variables = InstanceStateJson.Deserialize(instance.State).Variables;
        Assert.Equal(5, variables["discrepancies"].GetArrayLength());
        var task = await _harness.OpenTaskAsync(instance.Id);
        Assert.Equal(("cellReconciles", _tree.Cell, "secretary"), (task.ElementId, task.OrganisationId, task.CommitteeBody));

        Assert.Equal(0, await _harness.RunDutyAsync(CellReconciliationDuty.DutyId));
        Assert.Single(await _harness.Db(db => db.ReconciliationReports.Where(r => r.OrganisationId == _tree.Cell).ToListAsync()));
    }

    [Fact]
    public async Task The_yearly_superior_reconciliation_counts_the_grassroots_dossiers_including_strangers()
    {
        _harness.Time.SetUtcNow(new DateTimeOffset(2026, 12, 20, 6, 0, 0, TimeSpan.FromHours(7)));
        await _harness.RunDutyAsync(GrassrootsReconciliationDuty.DutyId);

        var report = await ReportAsync(_tree.Grassroots, "2026");
        Assert.Equal((6, 5), (report.ListedCount, report.DossierCount));
        Assert.Equal(
            [
                $"listedMemberWithoutDossier {K("in-transit")}",
                $"listedMemberWithoutDossier {K("no-dossier")}",
                $"listedMemberWithoutDossier {K("probationary")}",
                $"dossierWithoutListedMember {K("removed")}",
                $"dossierWithoutListedMember {K("stranger")}",
                $"damagedDocument {K("damaged")} ly-lich",
                "countMismatch  Danh sách có 6 đảng viên, cấp ủy giữ 5 hồ sơ.",
            ],
            Items(report.Discrepancies));
        var task = await _harness.OpenTaskAsync(report.InstanceId);
        Assert.Equal(("superiorReconciles", _tree.Superior), (task.ElementId, task.OrganisationId));
    }

    [Fact]
    public async Task Signing_off_the_task_keeps_the_signature_on_the_report()
    {
        _harness.Time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 6, 0, 0, TimeSpan.FromHours(7)));
        await _harness.RunDutyAsync(CellReconciliationDuty.DutyId);
        var report = await ReportAsync(_tidy.Cell, "2026-H2");

        await _harness.CompleteOpenTaskAsync(report.InstanceId, ("signedOffBy", "Bí thư chi bộ Nguyễn Văn A"));

        var signed = await ReportAsync(_tidy.Cell, "2026-H2");
        Assert.Equal(("Bí thư chi bộ Nguyễn Văn A", _harness.Time.GetUtcNow()), (signed.SignedOffBy, signed.SignedOffAt));
    }

    private string K(string member) => $"{member}-{_suffix}";

    private Task<Persistence.Entities.ReconciliationReportRecord> ReportAsync(Guid organisationId, string period) =>
        _harness.Db(db => db.ReconciliationReports.AsNoTracking().SingleAsync(r => r.OrganisationId == organisationId && r.Period == period));

    private static List<string> Items(string discrepancies) =>
        JsonDocument.Parse(discrepancies).RootElement.EnumerateArray()
            .Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("memberKey").GetString()}{Suffix(d)}")
            .ToList();

    private static string Suffix(JsonElement discrepancy) =>
        discrepancy.GetProperty("detail").GetString() is { } detail ? $" {detail}" : "";
}

public sealed class PostgresReconciliationTests(PostgresDatabase database)
    : ReconciliationScenarios(database), IClassFixture<PostgresDatabase>;

public sealed class SqliteReconciliationTests(SqliteDatabase database)
    : ReconciliationScenarios(database), IClassFixture<SqliteDatabase>;
