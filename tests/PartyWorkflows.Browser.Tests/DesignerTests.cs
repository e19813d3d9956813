using Microsoft.Playwright;
using PartyWorkflows.Browser.Tests.Fixtures;
using PartyWorkflows.Web.Hosting.DemoData;
using static Microsoft.Playwright.Assertions;

namespace PartyWorkflows.Browser.Tests;

/// <summary>
/// An administrator changes a deadline in the designer and publishes: new cases start on the new version, a running
/// case keeps its own (DESIGN.md "Definitions are versioned").
/// </summary>
public sealed class DesignerTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_deadline_changed_in_the_designer_applies_to_new_cases_only()
    {
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        var (oldInstance, oldTask) = await BrowserApp.StartCardIssuanceAsync(administrator, "DV-0401 Đỗ Văn Giang");

        await administrator.GotoAsync("/#/designer/card-issuance");
        var element = administrator.Locator("[data-element-id=cellResolution]");
        await element.ClickAsync();
        await administrator.Locator("[data-group-id=group-pw-committee] .bio-properties-panel-group-header").ClickAsync();
        var due = administrator.Locator("#bio-properties-panel-pw-dueInWorkingDays");
        await Expect(due).ToHaveValueAsync("10");
        await due.FillAsync("12");
        await due.PressAsync("Tab");
        await Screenshots.SaveAsync(administrator, "designer");

        await administrator.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();
        await Expect(administrator.GetByTestId("designer-message")).ToContainTextAsync("Không có lỗi");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Xuất bản phiên bản mới" }).ClickAsync();
        await Expect(administrator.GetByTestId("designer-message")).ToContainTextAsync("Đã xuất bản phiên bản 2 của quy trình card-issuance");

        var (newInstance, newTask) = await BrowserApp.StartCardIssuanceAsync(administrator, "DV-0402 Bùi Thị Hạnh");
        await administrator.ReloadAsync();
        await Expect(administrator.GetByTestId("running-v1")).ToHaveTextAsync("1");
        await Expect(administrator.GetByTestId("running-v2")).ToHaveTextAsync("1");
        await Expect(administrator.GetByTestId("compare")).ToContainTextAsync("pw:dueInWorkingDays");
        await administrator.GetByText("Hồ sơ đang chạy (2)").ClickAsync();
        var running = administrator.GetByTestId("running-instances");
        await Expect(running.GetByRole(AriaRole.Row).Filter(new() { HasText = "DV-0401" })).ToContainTextAsync("Chi bộ Giáo viên");
        await Expect(running.GetByRole(AriaRole.Row).Filter(new() { HasText = "DV-0401" }).Locator("td").Last).ToHaveTextAsync("1");
        await Expect(running.GetByRole(AriaRole.Row).Filter(new() { HasText = "DV-0402" }).Locator("td").Last).ToHaveTextAsync("2");

        await administrator.GotoAsync($"/#/instances/{oldInstance}");
        await Expect(administrator.GetByTestId("instance-version")).ToHaveTextAsync("1");
        await administrator.GotoAsync($"/#/instances/{newInstance}");
        await Expect(administrator.GetByTestId("instance-version")).ToHaveTextAsync("2");

        // The new case's vote is due two working days later than the running one's.
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var oldDue = (await BrowserApp.ApiAsync(secretary, "GET", $"/api/tasks/{oldTask}")).GetProperty("dueAt").GetDateTimeOffset();
        var newDue = (await BrowserApp.ApiAsync(secretary, "GET", $"/api/tasks/{newTask}")).GetProperty("dueAt").GetDateTimeOffset();
        Assert.True(newDue > oldDue, $"new case due {newDue}, running case due {oldDue}");
    }

    [Fact]
    public async Task The_server_validation_is_marked_on_the_diagram()
    {
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        await administrator.GotoAsync("/#/designer/card-issuance");
        await administrator.Locator("[data-element-id=grassrootsList]").ClickAsync();
        await administrator.Locator("[data-group-id=group-pw-committee] .bio-properties-panel-group-header").ClickAsync();
        await administrator.Locator("#bio-properties-panel-pw-committeeLevel").SelectOptionAsync("");

        await administrator.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra" }).ClickAsync();

        await Expect(administrator.Locator(".djs-element.pw-error[data-element-id=grassrootsList]")).ToHaveCountAsync(1);
        await Expect(administrator.GetByTestId("diagnostics")).ToContainTextAsync("grassrootsList");
        await Expect(administrator.GetByTestId("designer-message")).ToHaveCountAsync(0);
    }
}
