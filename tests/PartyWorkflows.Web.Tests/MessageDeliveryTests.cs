using System.Net;
using System.Net.Http.Json;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>POST /api/messages: an outside event reaches the waiting case by message name and business key.</summary>
public sealed class MessageDeliveryTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task A_new_violation_interrupts_the_waiting_case_of_that_member_only()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var processId = TestBpmn.UniqueId("violation");
        await admin.PostXmlAsync("/api/definitions", TestBpmn.InterruptedByMessage(processId));
        var businessKey = $"member-{Guid.NewGuid():N}";
        var target = await StartAsync(admin, processId, businessKey);
        var bystander = await StartAsync(admin, processId, $"member-{Guid.NewGuid():N}");

        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var response = await secretary.PostAsJsonAsync("/api/messages",
            new { messageName = "newViolation", businessKey, variables = new { violation = "Vi phạm mới" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var delivered = (await response.JsonAsync()).GetProperty("delivered");
        Assert.Equal(1, delivered.GetArrayLength());
        Assert.Equal(target, delivered[0].GetProperty("instanceId").GetGuid());
        Assert.Equal("completed", delivered[0].GetProperty("instanceStatus").GetString());

        var targetDetail = await (await admin.GetAsync($"/api/instances/{target}")).JsonAsync();
        Assert.Equal("Vi phạm mới", targetDetail.GetProperty("variables").GetProperty("violation").GetString());
        var bystanderDetail = await (await admin.GetAsync($"/api/instances/{bystander}")).JsonAsync();
        Assert.Equal("running", bystanderDetail.GetProperty("status").GetString());

        // Delivered once: the subscription went with the interrupted task.
        Assert.Equal(HttpStatusCode.NotFound, (await secretary.PostAsJsonAsync("/api/messages",
            new { messageName = "newViolation", businessKey })).StatusCode);
    }

    [Fact]
    public async Task A_user_of_another_organisation_delivers_nothing()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var processId = TestBpmn.UniqueId("violation");
        await admin.PostXmlAsync("/api/definitions", TestBpmn.InterruptedByMessage(processId));
        var businessKey = $"member-{Guid.NewGuid():N}";
        var instanceId = await StartAsync(admin, processId, businessKey);

        var outsider = await app.SignInAsync(DemoAccounts.OtherCellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync("/api/messages",
            new { messageName = "newViolation", businessKey })).StatusCode);

        var detail = await (await admin.GetAsync($"/api/instances/{instanceId}")).JsonAsync();
        Assert.Equal("running", detail.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(null, "member-x", "messageName")]
    [InlineData("newViolation", " ", "businessKey")]
    public async Task A_message_without_name_or_key_names_the_field(string? messageName, string? businessKey, string field)
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var response = await secretary.PostAsJsonAsync("/api/messages", new { messageName, businessKey });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    private static async Task<Guid> StartAsync(HttpClient admin, string processId, string businessKey)
    {
        var started = await (await admin.PostAsJsonAsync("/api/instances",
            new { processId, businessKey, subjectOrganisationId = DemoOrganisations.TeachersCell })).JsonAsync();
        return started.GetProperty("instanceId").GetGuid();
    }
}
