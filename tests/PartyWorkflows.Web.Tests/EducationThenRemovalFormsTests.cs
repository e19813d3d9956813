using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// An education-then-removal case of a member of Chi bộ Giáo viên over HTTP (workflows/education-then-removal.bpmn,
/// deployed at start-up): once the cell's list ballot passes, the grassroots committee downloads the education-and-help
/// list with the ballot the workflow's script task kept.
/// </summary>
public sealed class EducationThenRemovalFormsTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    private const string Criterion = "Bỏ sinh hoạt đảng hoặc không đóng đảng phí dưới 03 tháng trong năm mà không có lý do chính đáng";

    [Fact]
    public async Task The_education_list_is_offered_once_the_list_ballot_has_passed()
    {
        await app.SeatAsync(DemoAccounts.CellSecretary, DemoOrganisations.TeachersCell, "cell-meeting");
        var cell = await app.SignInAsync(DemoAccounts.CellSecretary);
        var started = await cell.PostAsJsonAsync("/api/instances", new
        {
            processId = "education-then-removal",
            subjectOrganisationId = DemoOrganisations.TeachersCell,
            businessKey = "dv-0207",
            variables = new
            {
                grassrootsCell = false,
                member = new { memberKey = "dv-0207", fullName = "Nguyễn Văn Hùng", birthDate = "1979-06-14", admittedOn = "2008-05-19" },
                criterion = Criterion,
            },
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var instanceId = (await started.JsonAsync()).GetProperty("instanceId").GetGuid();
        await app.CompleteAsync(cell, instanceId, "draftList", new { });
        Assert.Empty((await (await cell.GetAsync($"/api/instances/{instanceId}/forms")).JsonAsync()).EnumerateArray());

        await app.CompleteAsync(cell, instanceId, "listVote", new { agree = 5, convened = 9 });

        var form = Assert.Single((await (await cell.GetAsync($"/api/instances/{instanceId}/forms")).JsonAsync()).EnumerateArray());
        Assert.Equal("giao-duc-giup-do", form.GetProperty("code").GetString());
        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);
        var download = await committee.GetAsync($"/api/instances/{instanceId}/forms/giao-duc-giup-do?purpose=Phê duyệt danh sách");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var sheet = OpenedSheet.Open(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(["ĐẢNG BỘ TRƯỜNG THPT PHÚC LỢI", "ĐẢNG CỘNG SẢN VIỆT NAM"], sheet.Row(1));
        Assert.Equal(["1", "Nguyễn Văn Hùng", "14/06/1979", "19/05/2008", Criterion, "5/9"], sheet.Row(sheet.RowStartingWith("TT") + 1));
    }
}
