using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PartyWorkflows.Browser.Tests.Fixtures;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Web.Hosting.DemoData;
using static Microsoft.Playwright.Assertions;

namespace PartyWorkflows.Browser.Tests;

/// <summary>
/// Đảng viên: the administrator imports the list from the Excel template (all rows or none), and a cell secretary
/// consults a member record of her cell with a stated purpose, which the service logs; another cell's secretary sees
/// neither that member in her list nor the record.
/// </summary>
public sealed class MembersTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string TeachersCellCode = "CB-GV-THPT-PL";
    private const string ScienceCellCode = "CB-KHTN-THCS-PL";

    [Fact]
    public async Task An_administrator_imports_the_filled_template_and_sees_the_members_listed()
    {
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Đảng viên", Exact = true }).ClickAsync();
        var template = await DownloadTemplateAsync(administrator);

        // Two members of Chi bộ Giáo viên, and twenty of Chi bộ Tổ Khoa học tự nhiên (named after the demo ones there) to page through.
        string?[][] rows =
        [
            ["Đỗ Thị Hạnh", "14/05/1990", "DV-1001", TeachersCellCode, "19/05/2015", "19/05/2016", "30.001001", "Đang sinh hoạt"],
            ["Bùi Văn Khoa", "02/09/1988", "DV-1002", TeachersCellCode, "03/02/2025", null, null, null],
            .. Enumerable.Range(1, 20).Select(i => new string?[]
                { $"Vũ Văn Thử {i:00}", "01/01/1990", $"DV-11{i:00}", ScienceCellCode, "01/01/2020", "01/01/2021", null, null }),
        ];
        await UploadAsync(administrator, MemberWorkbook.Fill(template, rows), "dang-vien.xlsx");

        await Expect(administrator.GetByTestId("import-result")).ToContainTextAsync("Đã nhập: 22 đảng viên mới, cập nhật 0 đảng viên, ghi 1 số thẻ.");
        await Expect(administrator.GetByTestId("members-total")).ToContainTextAsync("27");
        await Expect(administrator.GetByTestId("member")).ToHaveCountAsync(20);
        await Expect(administrator.GetByTestId("members-page")).ToHaveTextAsync("Trang 1 / 2");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Trang sau ›" }).ClickAsync();
        await Expect(administrator.GetByTestId("members-page")).ToHaveTextAsync("Trang 2 / 2");
        await Expect(administrator.GetByTestId("member")).ToHaveCountAsync(7);

        var members = administrator.GetByTestId("members");
        await administrator.SelectOptionAsync("select[name=status]", new SelectOptionValue { Label = "Đang sinh hoạt" });
        await administrator.SelectOptionAsync("select[name=organisationId]", new SelectOptionValue { Label = "Chi bộ Giáo viên" });
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(administrator.GetByTestId("member")).ToHaveCountAsync(4);
        await Expect(members).ToContainTextAsync("Đỗ Thị Hạnh");
        await Expect(members).ToContainTextAsync("Bùi Văn Khoa");
        await Expect(members).Not.ToContainTextAsync("Lê Văn Cường");
        await Expect(administrator.GetByTestId("members-page")).ToHaveCountAsync(0);

        // A name typed without accents, a member key and a card number each find their member (each answer differs
        // from the one before, so every filter is seen to apply).
        await administrator.SelectOptionAsync("select[name=status]", "");
        await administrator.SelectOptionAsync("select[name=organisationId]", "");
        await SearchAsync(administrator, "do thi hanh", "Đỗ Thị Hạnh");
        await SearchAsync(administrator, "DV-1002", "Bùi Văn Khoa");
        await SearchAsync(administrator, "30.001001", "Đỗ Thị Hạnh");
        await Expect(administrator.GetByTestId("member")).ToContainTextAsync("Chi bộ Giáo viên");

        await administrator.FillAsync("input[name=search]", "");
        await administrator.SelectOptionAsync("select[name=organisationId]", new SelectOptionValue { Label = "Chi bộ Giáo viên" });
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(members).ToContainTextAsync("Bùi Văn Khoa");
        await Expect(members).Not.ToContainTextAsync("Phạm Thị Dung");
        await Screenshots.SaveAsync(administrator, "members");
    }

    [Fact]
    public async Task A_workbook_with_a_bad_row_is_refused_naming_the_row_and_nothing_is_written()
    {
        // This time from Quản trị › Nhập đảng viên.
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).ClickAsync();
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Nhập đảng viên" }).ClickAsync();
        var template = await DownloadTemplateAsync(administrator);

        var workbook = MemberWorkbook.Fill(template,
            ["Ngô Văn Lợi", "01/01/1980", "DV-2001", TeachersCellCode, "01/01/2010", null, null, null],
            ["Trịnh Thị Mơ", "01/01/1982", "DV-2002", "CB-KHONG-CO", "01/01/2011", null, null, null]);
        await UploadAsync(administrator, workbook, "co-loi.xlsx");

        var errors = administrator.GetByTestId("import-errors");
        await Expect(errors).ToContainTextAsync("không dòng nào được ghi");
        var row = errors.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dòng 3" });
        await Expect(row).ToContainTextAsync("Chi bộ (mã)");
        await Expect(row).ToContainTextAsync("không có chi bộ mã CB-KHONG-CO");

        // All or nothing: the good row 2 was not written either.
        await administrator.GotoAsync("/#/members");
        await administrator.FillAsync("input[name=search]", "DV-2001");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(administrator.GetByTestId("members-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_cell_secretary_reads_a_member_of_her_cell_with_a_purpose_and_another_cell_secretary_cannot()
    {
        const string purpose = "Đánh giá, xếp loại đảng viên";
        using (var scope = app.Services.CreateScope())
        {
            // The grade a member-grading case approved for 2025 (written by record-member-grades in the service).
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            db.MemberGradings.Add(new MemberGradingRecord
            {
                Id = Guid.NewGuid(), MemberKey = "DV-0001", Year = 2025, Grade = "excellent", DecidedByInstanceId = Guid.NewGuid(), DecidedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        // On a phone-sized screen.
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary, width: 390, height: 844);
        await secretary.GetByRole(AriaRole.Link, new() { Name = "Đảng viên", Exact = true }).ClickAsync();
        var members = secretary.GetByTestId("members");
        await Expect(members).ToContainTextAsync("Nguyễn Văn An");
        await Expect(members).Not.ToContainTextAsync("Phạm Thị Dung");

        await secretary.GetByRole(AriaRole.Link, new() { Name = "Nguyễn Văn An" }).ClickAsync();
        await Expect(secretary.GetByTestId("purpose-form")).ToContainTextAsync("chế độ Mật");
        await Expect(secretary.GetByTestId("member-record")).ToHaveCountAsync(0);
        await secretary.FillAsync("input[name=purpose]", purpose);
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Xem hồ sơ" }).ClickAsync();

        var record = secretary.GetByTestId("member-record");
        await Expect(record).ToContainTextAsync("DV-0001");
        await Expect(record).ToContainTextAsync("Chi bộ Giáo viên");
        await Expect(secretary.GetByTestId("member-status")).ToHaveTextAsync("Đang sinh hoạt");
        await Expect(secretary.GetByTestId("dossier")).ToContainTextAsync("Phiếu đảng viên");
        await Expect(secretary.GetByTestId("member-gradings")).ToContainTextAsync("2025");
        await Expect(secretary.GetByTestId("member-gradings")).ToContainTextAsync("Hoàn thành xuất sắc nhiệm vụ");
        await Expect(secretary.GetByTestId("member-status-changes")).ToContainTextAsync("Chưa có thay đổi trạng thái nào.");
        await Screenshots.SaveAsync(secretary, "member-record-phone");

        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            var reads = await db.DossierReads.AsNoTracking().Where(r => r.BusinessKey == "DV-0001").ToListAsync();
            Assert.Contains(reads, r => r.Purpose == purpose && r.InstanceId == Guid.Empty);
        }

        // The secretary of Chi bộ Tổ Khoa học tự nhiên lists her own members only, and the record of DV-0001 is refused.
        var other = await app.SignInAsync(DemoAccounts.OtherCellSecretary, width: 390, height: 844);
        await other.GotoAsync("/#/members");
        await Expect(other.GetByTestId("members")).ToContainTextAsync("Phạm Thị Dung");
        await Expect(other.GetByTestId("members")).Not.ToContainTextAsync("Nguyễn Văn An");
        await other.FillAsync("input[name=search]", "DV-0001");
        await other.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(other.GetByTestId("members-empty")).ToBeVisibleAsync();

        await other.GotoAsync("/#/members/DV-0001");
        await other.FillAsync("input[name=purpose]", purpose);
        await other.GetByRole(AriaRole.Button, new() { Name = "Xem hồ sơ" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Alert)).ToContainTextAsync("chỉ xem được hồ sơ đảng viên");
        await Expect(other.GetByTestId("member-record")).ToHaveCountAsync(0);

        // Her own member's dossier marks the damaged document.
        await other.GotoAsync("/#/members/DV-0004");
        await other.FillAsync("input[name=purpose]", purpose);
        await other.GetByRole(AriaRole.Button, new() { Name = "Xem hồ sơ" }).ClickAsync();
        await Expect(other.GetByTestId("dossier").Locator("li.damaged")).ToContainTextAsync("Lý lịch đảng viên");
        await Expect(other.GetByTestId("damaged")).ToHaveTextAsync("Hư hỏng");

        // The English switch relabels the record in place.
        await other.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(other.GetByTestId("damaged")).ToHaveTextAsync("Damaged");
        await Expect(other.GetByTestId("member-status")).ToHaveTextAsync("Active");
        await Expect(other.GetByRole(AriaRole.Link, new() { Name = "Members", Exact = true })).ToBeVisibleAsync();
    }

    private static async Task SearchAsync(IPage page, string term, string expectedName)
    {
        await page.FillAsync("input[name=search]", term);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await Expect(page.GetByTestId("member")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("member")).ToContainTextAsync(expectedName);
    }

    private static async Task<byte[]> DownloadTemplateAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải tệp mẫu" }).ClickAsync());
        Assert.Equal("mau-nhap-dang-vien.xlsx", download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static async Task UploadAsync(IPage page, byte[] workbook, string name)
    {
        await page.GetByTestId("member-import").Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = workbook,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
    }
}
