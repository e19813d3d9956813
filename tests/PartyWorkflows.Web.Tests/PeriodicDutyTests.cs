using System.Net;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The periodic duties in the embedded service: recurring jobs on the Hangfire dashboard, which only administrators
/// open; a triggered transfer-slip check puts the demo's overdue slip in the receiving committee's inbox.
/// </summary>
public sealed class PeriodicDutyTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("partyworkflows-web-").FullName;

    [Fact]
    public async Task The_duties_are_administrators_recurring_jobs_and_the_check_reaches_the_committee_inbox()
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseContentRoot(_contentRoot));
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_contentRoot, recursive: true);
    }
}
