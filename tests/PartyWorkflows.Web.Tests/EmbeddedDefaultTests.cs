using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The fresh-machine start: no configuration at all, so an SQLite file under the content root's App_Data (a temporary
/// folder here), migrated, seeded with the demo organisation and the repository's workflows deployed.
/// </summary>
public sealed class EmbeddedDefaultTests : IDisposable
{
    private readonly EmbeddedContentRoot _contentRoot = new();

    [Fact]
    public async Task Starts_on_SQLite_with_no_configuration_and_seeds_the_demo_data()
    {
        await using (var app = _contentRoot.App())
        {
            Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health/ready")).StatusCode);
            var admin = await app.SignInAsync(DemoAccounts.Administrator);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/definitions")).StatusCode);

            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            Assert.IsType<SqliteWorkflowDbContext>(db);
            Assert.Equal(DemoOrganisations.All.Count, await db.Organisations.CountAsync());
            Assert.Equal(DemoAccounts.All.Count, await db.Users.CountAsync());
            Assert.True(await db.Definitions.AnyAsync(d => d.ProcessId == "departure-notice-forwarding"));
        }

        Assert.True(File.Exists(Path.Combine(_contentRoot.Path, "App_Data", "partyworkflows.db")));
    }

    public void Dispose() => _contentRoot.Dispose();
}
