using System.Net;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>The import and the member list on the embedded default (SQLite): the same statements, the other provider.</summary>
public sealed class MemberImportEmbeddedTests : IDisposable
{
    private readonly EmbeddedContentRoot _contentRoot = new();

    [Fact]
    public async Task Imports_and_lists_members_on_SQLite()
    {
        await using var app = _contentRoot.App();
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var workbook = TestWorkbook.Build(MemberImportTests.Headings,
            ["Đỗ Thị Hoa", new DateOnly(1990, 5, 17), "DV-1001", "CB-GV-THPT-PL", new DateOnly(2015, 3, 2), null, "30.000123", null],
            ["Trần Thị Bình", "26/03/1985", "DV-0002", "CB-GV-THPT-PL", "03/02/2012", "03/02/2013", null, "Đã từ trần"]);
        var imported = await (await admin.PostAsync("/api/members/import", TestWorkbook.Upload(workbook))).JsonAsync();
        Assert.Equal((1, 1), (imported.GetProperty("inserted").GetInt32(), imported.GetProperty("updated").GetInt32()));

        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var page = await (await secretary.GetAsync("/api/members?search=30.000123")).JsonAsync();
        Assert.Equal("DV-1001", Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("memberKey").GetString());
        var folded = await (await secretary.GetAsync("/api/members?search=do%20thi%20hoa")).JsonAsync();
        Assert.Equal("DV-1001", Assert.Single(folded.GetProperty("items").EnumerateArray()).GetProperty("memberKey").GetString());
        var deceased = await (await secretary.GetAsync("/api/members?status=deceased")).JsonAsync();
        Assert.Equal("DV-0002", Assert.Single(deceased.GetProperty("items").EnumerateArray()).GetProperty("memberKey").GetString());
        Assert.Equal(HttpStatusCode.OK, (await secretary.GetAsync("/api/members/DV-1001?purpose=Kiểm tra")).StatusCode);
    }

    public void Dispose() => _contentRoot.Dispose();
}
