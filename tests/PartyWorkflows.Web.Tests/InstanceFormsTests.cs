using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The forms of a card-issuance case through HTTP (workflows/card-issuance.bpmn, deployed at start-up): listed as the
/// case reaches them, downloaded as .xlsx and opened, readable only by those who may read the dossier, logged.
/// </summary>
public sealed class InstanceFormsTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    private static readonly object[] Members =
    [
        new { memberKey = "dv-0101", fullName = "Nguyễn Thị Hồng Nhung", birthDate = "1990-03-05", hometown = "Phường Phúc Lợi, thành phố Hà Nội", admittedOn = "2025-01-12", fullMemberOn = "2026-01-12", cellName = "Chi bộ Giáo viên" },
        new { memberKey = "dv-0102", fullName = "Trần Đức Mạnh", birthDate = "1988-11-21", hometown = "Xã Đông Hưng, tỉnh Hưng Yên", admittedOn = "2025-02-03", fullMemberOn = "2026-02-03", cellName = "Chi bộ Giáo viên" },
    ];

    [Fact]
    public async Task The_grassroots_list_1_TDV_appears_once_the_cell_has_recommended_and_downloads_as_a_spreadsheet()
    {
        var (instanceId, cell) = await StartAsync("THE-2026-001");

        Assert.Empty((await (await cell.GetAsync($"/api/instances/{instanceId}/forms")).JsonAsync()).EnumerateArray());

        await RecommendAsync(cell, instanceId);
        var listed = await cell.GetAsync($"/api/instances/{instanceId}/forms");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var form = Assert.Single((await listed.JsonAsync()).EnumerateArray());
        Assert.Equal("1-tdv", form.GetProperty("code").GetString());
        Assert.Equal("Mẫu 1-TĐV – Danh sách đề nghị phát thẻ đảng viên", form.GetProperty("title").GetString());
        Assert.Equal("Mau-1-TDV.xlsx", form.GetProperty("fileName").GetString());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", form.GetProperty("contentType").GetString());

        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);
        var download = await committee.GetAsync($"/api/instances/{instanceId}/forms/1-tdv?purpose=Trình Đảng ủy");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Mau-1-TDV.xlsx", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var sheet = OpenedSheet.Open(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("Mẫu 1-TĐV", sheet.Name);
        Assert.Equal(["ĐẢNG ỦY PHƯỜNG PHÚC LỢI", "ĐẢNG CỘNG SẢN VIỆT NAM"], sheet.Row(2));
        Assert.Equal("ĐẢNG BỘ TRƯỜNG THPT PHÚC LỢI", sheet[3, 1]);
        Assert.True(sheet.Contains("DANH SÁCH ĐỀ NGHỊ PHÁT THẺ ĐẢNG VIÊN"));
        var table = sheet.RowStartingWith("TT");
        Assert.Equal(["1", "Nguyễn Thị Hồng Nhung", "05/03/1990", "Phường Phúc Lợi, thành phố Hà Nội", "12/01/2025", "12/01/2026", "Chi bộ Giáo viên"], sheet.Row(table + 1));
        Assert.Equal("Trần Đức Mạnh", sheet[table + 2, 2]);
        Assert.Equal(string.Empty, sheet[table + 3, 1]);
        Assert.True(sheet.RowOf("T/M ĐẢNG ỦY") > table + 2);

        var read = Assert.Single(await app.Db(db => db.DossierReads.Where(r => r.InstanceId == instanceId).ToListAsync()));
        Assert.Equal("Tải mẫu biểu Mau-1-TDV.xlsx: Trình Đảng ủy", read.Purpose);
        Assert.Equal("THE-2026-001", read.BusinessKey);
        Assert.Equal(await app.UserIdAsync(DemoAccounts.GrassrootsCommitteeMember), read.UserId);
    }

    [Fact]
    public async Task A_member_of_another_organisation_neither_lists_nor_downloads_the_forms()
    {
        var (instanceId, cell) = await StartAsync("THE-2026-002");
        await RecommendAsync(cell, instanceId);
        var outsider = await app.SignInAsync(DemoAccounts.OtherCellSecretary);

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/instances/{instanceId}/forms")).StatusCode);
        var download = await outsider.GetAsync($"/api/instances/{instanceId}/forms/1-tdv");
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal("Không có quyền thực hiện", (await download.JsonAsync()).GetProperty("title").GetString());
        Assert.Equal(0, await app.Db(db => db.DossierReads.CountAsync(r => r.InstanceId == instanceId)));
    }

    [Fact]
    public async Task An_unknown_form_code_or_instance_is_not_found_a_too_long_purpose_is_refused_and_nothing_is_logged()
    {
        var (instanceId, cell) = await StartAsync("THE-2026-003");
        await RecommendAsync(cell, instanceId);

        var unknown = await cell.GetAsync($"/api/instances/{instanceId}/forms/99-tdv");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("\"99-tdv\"", (await unknown.JsonAsync()).GetProperty("detail").GetString());
        // 1A-TĐV exists, but the case has not reached the superior's list yet.
        Assert.Equal(HttpStatusCode.NotFound, (await cell.GetAsync($"/api/instances/{instanceId}/forms/1a-tdv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cell.GetAsync($"/api/instances/{Guid.NewGuid()}/forms")).StatusCode);
        var tooLong = await cell.GetAsync($"/api/instances/{instanceId}/forms/1-tdv?purpose={new string('x', 401)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.JsonAsync()).GetProperty("errors").TryGetProperty("purpose", out _));
        Assert.Equal(0, await app.Db(db => db.DossierReads.CountAsync(r => r.InstanceId == instanceId)));
    }

    /// <summary>The cell secretary opens a card-issuance case; the demo seats give the cell meeting to no one, so the test seats them.</summary>
    private async Task<(Guid InstanceId, HttpClient Cell)> StartAsync(string businessKey)
    {
        await app.SeatAsync(DemoAccounts.CellSecretary, DemoOrganisations.TeachersCell, "cell-meeting");
        var cell = await app.SignInAsync(DemoAccounts.CellSecretary);
        var started = await cell.PostAsJsonAsync("/api/instances", new
        {
            processId = "card-issuance",
            subjectOrganisationId = DemoOrganisations.TeachersCell,
            businessKey,
            variables = new { provinceCode = "30", members = Members },
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return ((await started.JsonAsync()).GetProperty("instanceId").GetGuid(), cell);
    }

    /// <summary>The cell meeting recommends with 6 of 9 full members: two thirds.</summary>
    private Task RecommendAsync(HttpClient cell, Guid instanceId) =>
        app.CompleteAsync(cell, instanceId, "cellResolution", new { agree = 6, fullMembers = 9 });
}
