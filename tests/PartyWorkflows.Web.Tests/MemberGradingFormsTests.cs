using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// A member-grading case of Chi bộ Giáo viên run over HTTP (workflows/member-grading.bpmn, deployed at start-up, with the
/// grade-members handler) to the graded ballot, then its results list downloaded and opened. The ballot is held today, so
/// the policy is Quy định 366 (from 30/8/2025): graded by score, 20 % of five members good or better leaves one excellent
/// place.
/// </summary>
public sealed class MemberGradingFormsTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    private static readonly object[] Members =
    [
        new { memberKey = "dv-0101", fullName = "Nguyễn Thị Hồng Nhung", full = true, admittedOn = "2010-03-05" },
        new { memberKey = "dv-0102", fullName = "Trần Đức Mạnh", full = true, admittedOn = "2012-11-21" },
        new { memberKey = "dv-0103", fullName = "Lê Văn Huy", full = true, admittedOn = "2015-05-19" },
        new { memberKey = "dv-0104", fullName = "Phạm Thị Lan", full = true, admittedOn = "2016-08-19" },
        new { memberKey = "dv-0105", fullName = "Hoàng Minh Tuấn", full = false, admittedOn = "2025-01-12" },
    ];

    [Fact]
    public async Task The_cell_grades_its_members_and_the_results_list_downloads_once_the_ballot_is_graded_then_with_the_committee_s_decision()
    {
        await app.SeatAsync(DemoAccounts.CellSecretary, DemoOrganisations.TeachersCell, "committee");
        await app.SeatAsync(DemoAccounts.CellSecretary, DemoOrganisations.TeachersCell, "cell-meeting");
        var cell = await app.SignInAsync(DemoAccounts.CellSecretary);
        var started = await cell.PostAsJsonAsync("/api/instances", new
        {
            processId = "member-grading",
            subjectOrganisationId = DemoOrganisations.TeachersCell,
            businessKey = $"member-grading/{DemoOrganisations.TeachersCell}/2026",
            variables = new { year = 2026, members = Members },
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var instanceId = (await started.JsonAsync()).GetProperty("instanceId").GetGuid();

        await app.CompleteAsync(cell, instanceId, "selfReview", new
        {
            selfAssessments = new Dictionary<string, string>
            {
                ["dv-0101"] = "excellent", ["dv-0102"] = "good", ["dv-0103"] = "good", ["dv-0104"] = "good", ["dv-0105"] = "completed",
            },
        });
        await app.CompleteAsync(cell, instanceId, "cellComments", new { });
        await app.CompleteAsync(cell, instanceId, "discussion", new { });
        Assert.Empty((await (await cell.GetAsync($"/api/instances/{instanceId}/forms")).JsonAsync()).EnumerateArray());

        await app.CompleteAsync(cell, instanceId, "ballot", new
        {
            ballot = new
            {
                fullMembers = 4,
                present = 5,
                entries = new object[]
                {
                    new { memberKey = "dv-0101", proposedLevel = "excellent", votes = 4, score = 95, tasksAssigned = 10, tasksCompleted = 10, tasksExceeded = 4 },
                    new { memberKey = "dv-0102", proposedLevel = "good", votes = 3, score = 82, tasksAssigned = 10, tasksCompleted = 10 },
                    new { memberKey = "dv-0103", proposedLevel = "good", votes = 4, score = 78, tasksAssigned = 8, tasksCompleted = 8 },
                    new { memberKey = "dv-0104", proposedLevel = "good", votes = 3, score = 75, tasksAssigned = 8, tasksCompleted = 8 },
                    new { memberKey = "dv-0105", proposedLevel = "good", votes = 4, score = 72, tasksAssigned = 6, tasksCompleted = 6 },
                },
            },
        });
        Assert.Equal("grassrootsApproval", await app.Db(db =>
            db.Tasks.Where(t => t.InstanceId == instanceId && t.CompletedAt == null).Select(t => t.ElementId).SingleAsync()));

        var form = Assert.Single((await (await cell.GetAsync($"/api/instances/{instanceId}/forms")).JsonAsync()).EnumerateArray());
        Assert.Equal("xep-loai-dang-vien", form.GetProperty("code").GetString());
        Assert.Equal("xep-loai-dang-vien.xlsx", form.GetProperty("fileName").GetString());

        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);
        var download = await committee.GetAsync($"/api/instances/{instanceId}/forms/xep-loai-dang-vien?purpose=Xét công nhận kết quả xếp loại");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("xep-loai-dang-vien.xlsx", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));

        var sheet = OpenedSheet.Open(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(["ĐẢNG BỘ TRƯỜNG THPT PHÚC LỢI", "ĐẢNG CỘNG SẢN VIỆT NAM"], sheet.Row(1));
        Assert.Equal("CHI BỘ GIÁO VIÊN", sheet[2, 1]);
        Assert.True(sheet.Contains("DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2026"));
        Assert.True(sheet.Contains("Chi bộ Giáo viên (tổng số đảng viên chính thức: 4)"));
        var table = sheet.RowStartingWith("TT");
        // Not yet approved: the grassroots committee's column is empty.
        Assert.Equal(["1", "Nguyễn Thị Hồng Nhung", "Chính thức", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ", "4/4"], sheet.Row(table + 1));
        Assert.Equal(["2", "Trần Đức Mạnh", "Chính thức", "Hoàn thành tốt nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "3/4"], sheet.Row(table + 2));
        Assert.Equal(["5", "Hoàng Minh Tuấn", "Dự bị", "Hoàn thành nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "4/4"], sheet.Row(table + 5));
        Assert.True(sheet.RowOf("T/M CHI BỘ") > table + 5);

        var read = Assert.Single(await app.Db(db => db.DossierReads.Where(r => r.InstanceId == instanceId).ToListAsync()));
        Assert.Equal("Tải mẫu biểu xep-loai-dang-vien.xlsx: Xét công nhận kết quả xếp loại", read.Purpose);

        await app.CompleteAsync(committee, instanceId, "grassrootsApproval", new { approved = true });
        var approved = OpenedSheet.Open(await (await committee.GetAsync($"/api/instances/{instanceId}/forms/xep-loai-dang-vien")).Content.ReadAsByteArrayAsync());
        Assert.Equal(("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"), (approved[table + 1, 7], approved[table + 5, 7]));
        Assert.True(approved.Contains("Tổng hợp: Hoàn thành xuất sắc nhiệm vụ: 1; Hoàn thành tốt nhiệm vụ: 4; Hoàn thành nhiệm vụ: 0; Không hoàn thành nhiệm vụ: 0."));
    }
}
