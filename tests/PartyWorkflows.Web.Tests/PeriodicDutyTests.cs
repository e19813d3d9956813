using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The periodic duties in the embedded service: recurring jobs on the Hangfire dashboard, which only administrators
/// open; a triggered transfer-slip check puts the demo's overdue slip in the receiving committee's inbox; a cell reads
/// its kept reconciliation report, and only its own.
/// </summary>
public sealed class PeriodicDutyTests : IDisposable
{
    private readonly EmbeddedContentRoot _contentRoot = new();

    [Fact]
    public async Task The_duties_are_administrators_recurring_jobs_and_the_check_reaches_the_committee_inbox()
    {
        await using var app = _contentRoot.App();
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire/recurring")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await committee.GetAsync("/hangfire/recurring")).StatusCode);

        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => j.TimeZoneId);
            Assert.Equal("Asia/Ho_Chi_Minh", recurring[TransferSlipCheckDuty.DutyId]);
            Assert.Contains(CellReconciliationDuty.DutyId, recurring.Keys);
            Assert.Contains(GrassrootsReconciliationDuty.DutyId, recurring.Keys);
            Assert.Contains(GradingCampaignDuty.DutyId, recurring.Keys);
        }

        // What "Trigger now" on the dashboard runs.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<PeriodicDutyJob>().RunAsync(TransferSlipCheckDuty.DutyId, CancellationToken.None));
        }

        var inbox = await (await committee.GetAsync("/api/inbox")).Content.ReadAsStringAsync();
        Assert.Contains("overdue-transfer/PB-2026-017", inbox);
        Assert.DoesNotContain("PB-2026-031", inbox);
    }

    [Fact]
    public async Task A_cell_reads_its_kept_reconciliation_report_and_no_other_cell_may()
    {
        await using var app = _contentRoot.App();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PeriodicDutyJob>().RunAsync(CellReconciliationDuty.DutyId, CancellationToken.None);
        }

        var url = $"/api/organisations/{DemoOrganisations.TeachersCell}/reconciliation-reports";
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var report = Assert.Single((await (await secretary.GetAsync(url)).JsonAsync()).EnumerateArray());
        Assert.Equal((2, 2), (report.GetProperty("listedCount").GetInt32(), report.GetProperty("dossierCount").GetInt32()));
        Assert.Equal(
            ["listedMemberWithoutDossier DV-0002", "dossierWithoutListedMember DV-0003"],
            report.GetProperty("discrepancies").EnumerateArray().Select(d => $"{d.GetProperty("kind").GetString()} {d.GetProperty("memberKey").GetString()}"));

        var other = await app.SignInAsync(DemoAccounts.OtherCellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(url)).StatusCode);
        var unknown = await secretary.GetAsync($"/api/organisations/{Guid.NewGuid()}/reconciliation-reports");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("organisationId", out _));
    }

    public void Dispose() => _contentRoot.Dispose();
}
