using Microsoft.Playwright;
using PartyWorkflows.Browser.Tests.Fixtures;
using PartyWorkflows.Web.Hosting.DemoData;
using static Microsoft.Playwright.Assertions;

namespace PartyWorkflows.Browser.Tests;

/// <summary>Issue 7: the year's working-day calendar edited on the calendar page, and the designer's drafts kept on the server.</summary>
public sealed class AdminEditingTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_adds_a_day_off_and_sees_it()
    {
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        var year = DateTime.UtcNow.Year;
        var day = new DateOnly(year, 12, 14);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        await administrator.GotoAsync("/#/admin/calendar");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Sửa lịch năm" }).ClickAsync();
        await Expect(administrator.GetByTestId("calendar-editor")).ToContainTextAsync("không thay đổi");

        // A day of next year is refused by the server, named on its row.
        await administrator.GetByLabel("Ngày", new() { Exact = true }).FillAsync($"{year + 1}-01-05");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Thêm ngày" }).ClickAsync();
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Lưu lịch năm" }).ClickAsync();
        await Expect(administrator.GetByTestId("edit-daysOff")).ToContainTextAsync($"không thuộc năm {year}");
        var wrongRow = administrator.GetByTestId("edit-daysOff").Locator("li").Filter(new() { HasText = $"05/01/{year + 1}" });
        await wrongRow.GetByRole(AriaRole.Button, new() { Name = "Bỏ" }).ClickAsync();

        await administrator.GetByLabel("Ngày", new() { Exact = true }).FillAsync($"{day:yyyy-MM-dd}");
        await administrator.GetByLabel("Tên ngày").FillAsync("Nghỉ bù thử nghiệm");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Thêm ngày" }).ClickAsync();
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Lưu lịch năm" }).ClickAsync();

        await Expect(administrator.GetByTestId("days-off")).ToContainTextAsync($"{day:dd/MM/yyyy}");
        await Expect(administrator.GetByTestId("days-off")).ToContainTextAsync("Nghỉ bù thử nghiệm");
        await Expect(administrator.GetByTestId("calendar-origin")).ToContainTextAsync("công bố");
        await Screenshots.SaveAsync(administrator, "calendar-edited");
    }

    [Fact]
    public async Task An_administrator_saves_a_draft_and_gets_it_back_after_a_reload()
    {
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        await administrator.GotoAsync("/#/designer/card-issuance");
        await administrator.Locator("[data-element-id=cellResolution]").ClickAsync();
        await administrator.Locator("[data-group-id=group-pw-committee] .bio-properties-panel-group-header").ClickAsync();
        var due = administrator.Locator("#bio-properties-panel-pw-dueInWorkingDays");
        await due.FillAsync("17");
        await due.PressAsync("Tab");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await Expect(administrator.GetByTestId("designer-message")).ToContainTextAsync("Đã lưu bản nháp");

        await administrator.ReloadAsync();
        await Expect(administrator.GetByTestId("draft-offer")).ToContainTextAsync("Có bản nháp lưu lúc");
        await Expect(administrator.GetByTestId("draft-offer")).ToContainTextAsync("mở bản nháp?");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Mở bản nháp" }).ClickAsync();
        await Expect(administrator.GetByTestId("designer-message")).ToContainTextAsync("Đang sửa bản nháp");

        await administrator.Locator("[data-element-id=cellResolution]").ClickAsync();
        await administrator.Locator("[data-group-id=group-pw-committee] .bio-properties-panel-group-header").ClickAsync();
        await Expect(administrator.Locator("#bio-properties-panel-pw-dueInWorkingDays")).ToHaveValueAsync("17");
    }
}
