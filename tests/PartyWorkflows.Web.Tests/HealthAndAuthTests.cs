using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

public sealed class HealthAndAuthTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_without_signing_in(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/inbox")]
    [InlineData("/api/definitions")]
    [InlineData("/openapi/v1.json")]
    public async Task Everything_else_needs_a_signed_in_user(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Chưa đăng nhập", (await response.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_token_issued_by_one_node_is_accepted_by_another_node_on_the_same_database()
    {
        var token = (await app.SignInAsync(DemoAccounts.CellSecretary)).DefaultRequestHeaders.Authorization;
        // A second host on the same database: its own container and key ring, the keys read from data_protection_keys.
        await using var otherNode = app.WithWebHostBuilder(_ => { });
        var client = otherNode.CreateClient();
        client.DefaultRequestHeaders.Authorization = token;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/inbox")).StatusCode);
        Assert.True(await app.Db(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task Nobody_registers_themselves()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = "moi@phucloi.demo", password = "Demo@12345" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await secretary.PostAsJsonAsync("/api/auth/register", new { email = "moi@phucloi.demo", password = "Demo@12345" })).StatusCode);

        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        Assert.Equal(HttpStatusCode.OK,
            (await admin.PostAsJsonAsync("/api/auth/register", new { email = "moi@phucloi.demo", password = "Demo@12345" })).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_API()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var document = await admin.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/inbox", document);
        Assert.Contains("/api/tasks/{id}/complete", document);
    }
}
