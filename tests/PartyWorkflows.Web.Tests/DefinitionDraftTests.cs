using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>The designer's drafts on the server: saved with their diagnostics, read back, cleared by publishing.</summary>
public sealed class DefinitionDraftTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task A_draft_with_errors_is_saved_read_back_and_cleared_by_publishing()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var processId = TestBpmn.UniqueId("draft");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/definitions/{processId}/draft")).StatusCode);

        var unsupported = TestBpmn.Unsupported(processId);
        var saved = await admin.PutAsJsonAsync($"/api/definitions/{processId}/draft", new { xml = unsupported });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains((await saved.JsonAsync()).GetProperty("errors").EnumerateArray(), e => e.GetProperty("elementId").GetString() == "vote");

        var approval = TestBpmn.Approval(processId);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/definitions/{processId}/draft", new { xml = approval })).StatusCode);
        var draft = await (await admin.GetAsync($"/api/definitions/{processId}/draft")).JsonAsync();
        Assert.Equal(approval, draft.GetProperty("xml").GetString());
        Assert.False(string.IsNullOrEmpty(draft.GetProperty("savedBy").GetString()));

        Assert.Equal(HttpStatusCode.Created, (await admin.PostXmlAsync("/api/definitions", approval)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/definitions/{processId}/draft")).StatusCode);
        Assert.Contains(await app.Db(db => db.AuditLog.Select(a => a.Action).ToListAsync()), a => a == "definition-draft-deleted");
    }

    [Fact]
    public async Task A_draft_with_a_dtd_or_of_another_process_is_refused_and_nothing_is_stored()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var processId = TestBpmn.UniqueId("draft");

        var dtd = await admin.PutAsJsonAsync($"/api/definitions/{processId}/draft", new { xml = TestBpmn.WithDtd(processId) });
        Assert.Equal(HttpStatusCode.BadRequest, dtd.StatusCode);
        Assert.True((await dtd.JsonAsync()).GetProperty("errors").TryGetProperty("xml", out _));

        var other = await admin.PutAsJsonAsync($"/api/definitions/{processId}/draft", new { xml = TestBpmn.Approval("another") });
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
        Assert.True((await other.JsonAsync()).GetProperty("errors").TryGetProperty("processId", out _));

        Assert.False(await app.Db(db => db.DefinitionDrafts.AnyAsync(d => d.ProcessId == processId)));
    }

    [Fact]
    public async Task Drafts_are_for_administrators()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var processId = TestBpmn.UniqueId("draft");
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync($"/api/definitions/{processId}/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await secretary.PutAsJsonAsync($"/api/definitions/{processId}/draft", new { xml = TestBpmn.Approval(processId) })).StatusCode);
    }
}
