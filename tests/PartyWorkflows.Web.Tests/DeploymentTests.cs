using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>POST /api/definitions on real PostgreSQL: a bad file answers 422 naming the element and changes nothing.</summary>
public sealed class DeploymentTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task An_unsupported_element_is_refused_with_422_naming_it_and_nothing_is_stored()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var before = await app.Db(db => db.Definitions.CountAsync());

        var response = await admin.PostXmlAsync("/api/definitions", TestBpmn.Unsupported(TestBpmn.UniqueId("bad")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal("Định nghĩa quy trình không hợp lệ", problem.GetProperty("title").GetString());
        Assert.Contains("'vote'", problem.GetProperty("detail").GetString());
        var error = problem.GetProperty("errors").EnumerateArray().First(e => e.GetProperty("elementId").GetString() == "vote");
        Assert.Equal("unsupported-element", error.GetProperty("code").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("messageEn").GetString()));
        Assert.Equal(before, await app.Db(db => db.Definitions.CountAsync()));
    }

    [Fact]
    public async Task A_document_type_declaration_is_refused_and_nothing_is_stored()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var before = await app.Db(db => db.Definitions.CountAsync());

        var response = await admin.PostAsJsonAsync("/api/definitions", new { xml = TestBpmn.WithDtd(TestBpmn.UniqueId("dtd")) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotEmpty((await response.JsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal(before, await app.Db(db => db.Definitions.CountAsync()));
    }

    [Fact]
    public async Task Redeploying_unchanged_content_keeps_the_version_and_the_list_shows_it()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var processId = TestBpmn.UniqueId("approval");
        var first = await (await admin.PostXmlAsync("/api/definitions", TestBpmn.Approval(processId))).JsonAsync();
        var again = await (await admin.PostXmlAsync("/api/definitions", TestBpmn.Approval(processId))).JsonAsync();

        Assert.True(first.GetProperty("isNewVersion").GetBoolean());
        Assert.False(again.GetProperty("isNewVersion").GetBoolean());
        Assert.Equal(1, again.GetProperty("version").GetInt32());

        var list = await (await admin.GetAsync("/api/definitions")).JsonAsync();
        var process = list.EnumerateArray().Single(p => p.GetProperty("processId").GetString() == processId);
        var version = Assert.Single(process.GetProperty("versions").EnumerateArray());
        Assert.Equal(DemoAccounts.Administrator.DisplayName, version.GetProperty("deployedBy").GetString());
        Assert.Contains(list.EnumerateArray(), p => p.GetProperty("processId").GetString() == "departure-notice-forwarding");

        var xml = await admin.GetAsync($"/api/definitions/{processId}/versions/1");
        Assert.Equal(TestBpmn.Approval(processId), await xml.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_administrators_deploy()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var response = await secretary.PostXmlAsync("/api/definitions", TestBpmn.Approval(TestBpmn.UniqueId("approval")));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
