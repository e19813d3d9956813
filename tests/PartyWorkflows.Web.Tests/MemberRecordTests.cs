using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The member list and the member record on the demo members: each user sees the members of the organisations they
/// sit on and below, and a record read is logged as a dossier read — unless it was refused.
/// </summary>
public sealed class MemberRecordTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task The_list_holds_the_members_below_the_users_seats_and_no_others()
    {
        Assert.Equal(["DV-0001", "DV-0002", "DV-0003"], await KeysAsync(await app.SignInAsync(DemoAccounts.CellSecretary), "/api/members"));
        Assert.Equal(["DV-0004", "DV-0005"], await KeysAsync(await app.SignInAsync(DemoAccounts.OtherCellSecretary), "/api/members"));
        var ward = await app.SignInAsync(DemoAccounts.SuperiorOrganizationDepartment);
        Assert.Equal(5, (await KeysAsync(ward, "/api/members")).Count);
        Assert.Equal(["DV-0004", "DV-0005"], await KeysAsync(ward, $"/api/members?organisationId={DemoOrganisations.ScienceTeachersCell}"));

        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await secretary.GetAsync($"/api/members?organisationId={DemoOrganisations.ScienceTeachersCell}")).StatusCode);
        var badStatus = await secretary.GetAsync("/api/members?status=dang-song");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
        Assert.True((await badStatus.JsonAsync()).GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Search_matches_the_name_ignoring_case_and_accents_the_key_and_the_status_and_pages()
    {
        var ward = await app.SignInAsync(DemoAccounts.SuperiorOrganizationDepartment);
        Assert.Equal(["DV-0002"], await KeysAsync(ward, "/api/members?search=TRẦN%20thị"));
        Assert.Equal(["DV-0002"], await KeysAsync(ward, "/api/members?search=tran%20thi%20binh"));
        Assert.Equal(["DV-0003"], await KeysAsync(ward, "/api/members?search=CUONG"));
        Assert.Equal(["DV-0004"], await KeysAsync(ward, "/api/members?search=DV-0004"));
        Assert.Equal(["DV-0003"], await KeysAsync(ward, "/api/members?status=removed"));

        var page = await (await ward.GetAsync("/api/members?page=2&pageSize=2")).JsonAsync();
        Assert.Equal((5, 2), (page.GetProperty("total").GetInt32(), page.GetProperty("items").GetArrayLength()));
        Assert.Equal(HttpStatusCode.BadRequest, (await ward.GetAsync("/api/members?pageSize=0")).StatusCode);
    }

    [Fact]
    public async Task The_record_shows_the_dossier_and_cases_and_each_read_is_logged_with_its_purpose()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var processId = TestBpmn.UniqueId("approval");
        await admin.PostXmlAsync("/api/definitions", TestBpmn.Approval(processId));
        var started = new List<Guid>();
        foreach (var businessKey in new[] { "DV-0004", BadgeRoundDuty.BusinessKey("DV-0004", 30), "DV-00045" })
        {
            var instance = await admin.PostAsJsonAsync("/api/instances",
                new { processId, subjectOrganisationId = DemoOrganisations.ScienceTeachersCell, businessKey });
            started.Add((await instance.JsonAsync()).GetProperty("instanceId").GetGuid());
        }

        var committee = await app.SignInAsync(DemoAccounts.OtherCellSecretary);
        var response = await committee.GetAsync("/api/members/DV-0004?purpose=Đối chiếu hồ sơ");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.JsonAsync();
        Assert.Equal("Phạm Thị Dung", record.GetProperty("member").GetProperty("fullName").GetString());
        Assert.Equal("Chi bộ Tổ Khoa học tự nhiên", record.GetProperty("member").GetProperty("organisationName").GetString());
        var dossier = record.GetProperty("dossier");
        Assert.Equal(DemoOrganisations.PhucLoiSecondarySchool, dossier.GetProperty("heldByOrganisationId").GetGuid());
        Assert.Equal(["Phiếu đảng viên: False", "Lý lịch đảng viên: True"],
            dossier.GetProperty("documents").EnumerateArray().Select(d => $"{d.GetProperty("kind").GetString()}: {d.GetProperty("damaged").GetBoolean()}"));
        // Its own key and its badge round's, not another member's key that merely starts the same.
        Assert.Equal(started[..2], record.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("instanceId").GetGuid()));

        var reads = await app.Db(db => db.DossierReads.Where(r => r.BusinessKey == "DV-0004").ToListAsync());
        var read = Assert.Single(reads);
        Assert.Equal(("Đối chiếu hồ sơ", Guid.Empty), (read.Purpose, read.InstanceId));
    }

    [Fact]
    public async Task An_outsider_is_refused_the_record_and_nothing_is_logged()
    {
        var outsider = await app.SignInAsync(DemoAccounts.OtherCellSecretary);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("/api/members/DV-0001?purpose=Tò mò")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/api/members/DV-9999")).StatusCode);
        Assert.False(await app.Db(db => db.DossierReads.AnyAsync(r => r.BusinessKey == "DV-0001" || r.BusinessKey == "DV-9999")));
    }

    private static async Task<List<string>> KeysAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.JsonAsync()).GetProperty("items").EnumerateArray()
            .Select(m => m.GetProperty("memberKey").GetString()!).Order(StringComparer.Ordinal)];
    }
}
