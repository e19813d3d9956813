using System.Net;
using System.Net.Http.Json;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>The administrators' endpoints: cancelling, incidents and bulk starts.</summary>
public sealed class AdministrationTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task An_administrator_cancels_an_instance_with_a_reason()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var processId = TestBpmn.UniqueId("approval");
        await admin.PostXmlAsync("/api/definitions", TestBpmn.Approval(processId));
        var started = await (await admin.PostAsJsonAsync("/api/instances",
            new { processId, subjectOrganisationId = DemoOrganisations.TeachersCell })).JsonAsync();
        var instanceId = started.GetProperty("instanceId").GetGuid();

        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await secretary.PostAsJsonAsync($"/api/instances/{instanceId}/cancel", new { reason = "Nhập nhầm" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/instances/{instanceId}/cancel", new { })).StatusCode);

        var cancelled = await admin.PostAsJsonAsync($"/api/instances/{instanceId}/cancel", new { reason = "Nhập nhầm hồ sơ" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", (await cancelled.JsonAsync()).GetProperty("instanceStatus").GetString());

        // A second cancel meets an ended instance.
        Assert.Equal(HttpStatusCode.Conflict,
            (await admin.PostAsJsonAsync($"/api/instances/{instanceId}/cancel", new { reason = "Lần nữa" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await admin.PostAsJsonAsync($"/api/instances/{Guid.NewGuid()}/cancel", new { reason = "Không có" })).StatusCode);
    }

    [Fact]
    public async Task Incidents_are_for_administrators()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/incidents/{Guid.NewGuid()}/retry", null)).StatusCode);

        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync("/api/incidents")).StatusCode);
    }

    [Fact]
    public async Task A_bulk_start_of_an_undeployed_process_names_the_field()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var response = await admin.PostAsJsonAsync("/api/instances/bulk",
            new { processId = "khong-ton-tai", items = new[] { new { subjectOrganisationId = DemoOrganisations.TeachersCell } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Contains("khong-ton-tai", errors.GetProperty("processId")[0].GetString());
    }
}
