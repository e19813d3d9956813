using System.Net;
using System.Net.Http.Json;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The forms of a card-technical-check case through HTTP (workflows/card-technical-check.bpmn, deployed at start-up):
/// the grassroots committee opens the campaign for its cell, the cell meeting files its check, and the cell's report
/// 1-KTTĐV is downloaded and opened.
/// </summary>
public sealed class CardTechnicalCheckFormsTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task The_cells_report_1_KTTDV_appears_once_the_cell_has_filed_its_check_and_downloads_with_its_figures()
    {
        // The cell's task acts for the cell (pw:committeeOf), whose meeting the demo seats give to no one.
        await app.SeatAsync(DemoAccounts.CellSecretary, DemoOrganisations.TeachersCell, "cell-meeting");
        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);
        var started = await committee.PostAsJsonAsync("/api/instances", new
        {
            processId = "card-technical-check",
            subjectOrganisationId = DemoOrganisations.PhucLoiHighSchool,
            businessKey = "KTTDV-5-THPT-PL",
            variables = new
            {
                provinceCode = "30",
                campaign = new { round = 5, startsOn = "2027-04-15", endsOn = "2027-05-15", grassrootsReportBy = "2027-05-10", superiorReportBy = "2027-05-19" },
                cells = new[]
                {
                    new
                    {
                        organisationId = DemoOrganisations.TeachersCell.ToString(),
                        name = "Chi bộ Giáo viên",
                        members = new[]
                        {
                            Member("dv-0101", "Nguyễn Thị Hồng Nhung", "30.000010"),
                            Member("dv-0102", "Trần Đức Mạnh", "30.000011"),
                            Member("dv-0103", "Lê Quang Huy", null),
                        },
                    },
                },
            },
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var instanceId = (await started.JsonAsync()).GetProperty("instanceId").GetGuid();
        var cell = await app.SignInAsync(DemoAccounts.CellSecretary);
        Assert.Empty((await (await cell.GetAsync($"/api/instances/{instanceId}/forms")).JsonAsync()).EnumerateArray());

        await app.CompleteAsync(cell, instanceId, "cellCheck", new
        {
            findings = new Dictionary<string, string> { ["dv-0101"] = "presented", ["dv-0102"] = "lost", ["dv-0103"] = "neverIssued" },
            findingReasons = new Dictionary<string, string> { ["dv-0102"] = "Mất khi đi công tác" },
        });

        var listed = await cell.GetAsync($"/api/instances/{instanceId}/forms");
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        // The only cell has filed, so the case has gone on to the grassroots committee's 6-KTTĐV.
        Assert.Equal(["1-kttdv", "2-kttdv", "3-kttdv", "4-kttdv", "5-kttdv", "6-kttdv"],
            (await listed.JsonAsync()).EnumerateArray().Select(f => f.GetProperty("code").GetString()));
        var download = await cell.GetAsync($"/api/instances/{instanceId}/forms/1-kttdv?purpose=Nộp Đảng ủy");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("Mau-1-KTTDV.xlsx", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var sheet = OpenedSheet.Open(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("Mẫu 1-KTTĐV", sheet.Name);
        Assert.Equal(["ĐẢNG BỘ TRƯỜNG THPT PHÚC LỢI", "ĐẢNG CỘNG SẢN VIỆT NAM"], sheet.Row(2));
        Assert.Equal("CHI BỘ GIÁO VIÊN", sheet[3, 1]);
        Assert.True(sheet.Contains("BIỂU BÁO CÁO TÌNH HÌNH SỬ DỤNG VÀ BẢO QUẢN THẺ ĐẢNG VIÊN"));
        Assert.True(sheet.Contains("Kiểm tra kỹ thuật thẻ đảng viên lần thứ năm (từ 15/4/2027 đến 15/5/2027)"));
        var table = sheet.RowStartingWith("TT");
        // 3 members, all full; 1 card checked and proposed for the stamp, 1 lost, 1 never issued.
        Assert.Equal(["1", "Chi bộ Giáo viên", "3", "3", "1", "1", "0", "1", "1", "0"], sheet.Row(table + 1));
        Assert.True(sheet.RowOf("T/M CHI BỘ") > table + 1);

        var lost = OpenedSheet.Open(await (await cell.GetAsync($"/api/instances/{instanceId}/forms/4-kttdv")).Content.ReadAsByteArrayAsync());
        Assert.Equal(["1", "Trần Đức Mạnh", "Chi bộ Giáo viên", "30.000011", "Mất khi đi công tác", "Đóng dấu ô số 1, 2, 3, 4, 5"],
            lost.Row(lost.RowStartingWith("TT") + 1));
    }

    private static object Member(string key, string name, string? card) => new
    {
        memberKey = key, fullName = name, isFullMember = true, isTemporary = false, onPartyRegister = true, hasLeftParty = false, cardNumber = card,
    };
}
