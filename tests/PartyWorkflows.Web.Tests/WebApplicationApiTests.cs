using System.Net;
using System.Net.Http.Json;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>The endpoints the browser application adds: session, designer validation, vote checks, seats, calendar.</summary>
public sealed class WebApplicationApiTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task The_current_user_carries_their_seats_and_role()
    {
        var secretary = await (await (await app.SignInAsync(DemoAccounts.CellSecretary)).GetAsync("/api/auth/me")).JsonAsync();
        Assert.False(secretary.GetProperty("isAdministrator").GetBoolean());
        var bodies = secretary.GetProperty("seats").EnumerateArray().Select(s => s.GetProperty("body").GetString()).Order().ToList();
        Assert.Equal(["cell-meeting", "secretary"], bodies);

        var administrator = await (await (await app.SignInAsync(DemoAccounts.Administrator)).GetAsync("/api/auth/me")).JsonAsync();
        Assert.True(administrator.GetProperty("isAdministrator").GetBoolean());
    }

    [Fact]
    public async Task Validation_names_the_element_and_stores_nothing()
    {
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        var before = await app.Db(db => Task.FromResult(db.Definitions.Count()));
        var xml = TestBpmn.Unsupported(TestBpmn.UniqueId("validate"));

        var response = await administrator.PostAsJsonAsync("/api/definitions/validate", new { xml });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("elementId").GetString() == "vote");
        Assert.Equal(before, await app.Db(db => Task.FromResult(db.Definitions.Count())));

        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsJsonAsync("/api/definitions/validate", new { xml })).StatusCode);
    }

    [Fact]
    public async Task An_impossible_vote_is_a_400_naming_the_field_and_a_possible_one_moves_on()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var started = await (await secretary.PostAsJsonAsync("/api/instances", new
        {
            processId = "card-issuance",
            subjectOrganisationId = DemoOrganisations.TeachersCell,
            businessKey = "DV-9001",
            variables = new { provinceCode = "30", memberKeys = new[] { "DV-9001" } },
        })).JsonAsync();
        var taskId = started.GetProperty("openTasks")[0].GetProperty("taskId").GetGuid();

        var impossible = await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete",
            new { variables = new { fullMembers = 9, convened = 9, present = 10, agree = 7, disagree = 1 } });
        Assert.Equal(HttpStatusCode.BadRequest, impossible.StatusCode);
        Assert.Contains("không thể lớn hơn", (await impossible.JsonAsync()).GetProperty("errors").GetProperty("present")[0].GetString());

        var missing = await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { fullMembers = 9 } });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.JsonAsync()).GetProperty("errors").TryGetProperty("agree", out _));

        var task = await (await secretary.GetAsync($"/api/tasks/{taskId}")).JsonAsync();
        Assert.Equal("open", task.GetProperty("status").GetString());
        Assert.Equal("vote", task.GetProperty("form").GetProperty("kind").GetString());

        var possible = await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete",
            new { variables = new { fullMembers = 9, convened = 9, present = 8, agree = 7, disagree = 1 } });
        Assert.Equal(HttpStatusCode.OK, possible.StatusCode);
    }

    [Fact]
    public async Task The_inbox_finds_a_case_by_the_member_name_in_its_variables()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var started = await secretary.PostAsJsonAsync("/api/instances", new
        {
            processId = "card-issuance",
            subjectOrganisationId = DemoOrganisations.TeachersCell,
            businessKey = "DV-9101",
            variables = new { provinceCode = "30", members = new[] { new { memberKey = "DV-9101", fullName = "Ngô Thị Kim Oanh" } } },
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);

        var found = await (await secretary.GetAsync($"/api/inbox?search={Uri.EscapeDataString("thị kim oanh")}")).JsonAsync();
        Assert.Equal("DV-9101", Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("businessKey").GetString());

        var none = await (await secretary.GetAsync("/api/inbox?search=no-such-member")).JsonAsync();
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Administrators_give_and_take_seats_and_bad_input_names_the_field()
    {
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        var users = await (await administrator.GetAsync("/api/admin/users")).JsonAsync();
        var userId = users.EnumerateArray().Single(u => u.GetProperty("email").GetString() == DemoAccounts.OtherCellSecretary.Email)
            .GetProperty("userId").GetString();
        var seats = $"/api/admin/users/{userId}/positions";

        var bad = await administrator.PostAsJsonAsync(seats, new { organisationId = DemoOrganisations.PhucLoiWard, body = "chairman" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty("body", out _));

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync(seats, new { organisationId = DemoOrganisations.PhucLoiWard, body = "committee" })).StatusCode);
        Assert.True(await app.Db(db => Task.FromResult(db.Positions.Any(p => p.UserId == userId && p.OrganisationId == DemoOrganisations.PhucLoiWard))));
        Assert.Equal(HttpStatusCode.NoContent,
            (await administrator.DeleteAsync($"{seats}?organisationId={DemoOrganisations.PhucLoiWard}&body=committee")).StatusCode);
        Assert.False(await app.Db(db => Task.FromResult(db.Positions.Any(p => p.UserId == userId && p.OrganisationId == DemoOrganisations.PhucLoiWard))));

        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync("/api/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync("/api/admin/organisations")).StatusCode);
    }

    [Fact]
    public async Task The_calendar_lists_the_days_off_of_a_year()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var year = await (await secretary.GetAsync("/api/calendar/2026")).JsonAsync();
        var daysOff = year.GetProperty("daysOff").EnumerateArray().Select(d => d.GetString()).ToList();
        Assert.Contains("2026-09-02", daysOff);
        Assert.Contains("2026-04-30", daysOff);

        Assert.Equal(HttpStatusCode.BadRequest, (await secretary.GetAsync("/api/calendar/1900")).StatusCode);
    }

    [Fact]
    public async Task The_browser_page_is_served_without_a_sign_in()
    {
        var response = await app.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/app/app.js", await response.Content.ReadAsStringAsync());
    }
}
