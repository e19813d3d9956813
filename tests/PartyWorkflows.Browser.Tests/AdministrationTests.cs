using Microsoft.Playwright;
using PartyWorkflows.Browser.Tests.Fixtures;
using PartyWorkflows.Web.Hosting.DemoData;
using static Microsoft.Playwright.Assertions;

namespace PartyWorkflows.Browser.Tests;

/// <summary>The administration pages are the administrators' only: the tree, the seats and the working-day calendar.</summary>
public sealed class AdministrationTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_sees_the_tree_the_seats_and_the_calendar()
    {
        var administrator = await app.SignInAsync(DemoAccounts.Administrator);
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Quản trị" }).ClickAsync();
        await Expect(administrator.GetByTestId("organisation-tree")).ToContainTextAsync("Chi bộ Tổ Khoa học tự nhiên");

        await administrator.GetByRole(AriaRole.Link, new() { Name = "Người dùng và chức vụ" }).ClickAsync();
        await Expect(administrator.GetByRole(AriaRole.Row).Filter(new() { HasText = DemoAccounts.CellSecretary.Email }))
            .ToContainTextAsync("Chi bộ Giáo viên — Bí thư chi bộ");

        await administrator.GotoAsync("/#/admin/calendar");
        await Expect(administrator.GetByTestId("days-off")).ToContainTextAsync("02/09");

        await administrator.GetByRole(AriaRole.Link, new() { Name = "Công việc định kỳ" }).ClickAsync();
        await Expect(administrator.GetByTestId("jobs")).ToContainTextAsync("workflow-due-timers");
    }

    [Fact]
    public async Task Committee_staff_get_neither_the_designer_nor_the_administration()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        await Expect(secretary.GetByRole(AriaRole.Link, new() { Name = "Quản trị" })).ToHaveCountAsync(0);
        await Expect(secretary.GetByRole(AriaRole.Link, new() { Name = "Thiết kế quy trình" })).ToHaveCountAsync(0);

        // Typing the address shows the inbox; the administration API itself answers 403.
        await secretary.GotoAsync("/#/admin/users");
        await Expect(secretary.GetByRole(AriaRole.Heading, new() { Name = "Hộp việc" })).ToBeVisibleAsync();
        await BrowserApp.ApiAsync(secretary, "GET", "/api/admin/users", expectedStatus: 403);
    }
}
