using Microsoft.Playwright;
using PartyWorkflows.Browser.Tests.Fixtures;
using PartyWorkflows.Web.Hosting.DemoData;
using static Microsoft.Playwright.Assertions;

namespace PartyWorkflows.Browser.Tests;

/// <summary>
/// The cell meeting's vote on a party-card issuance (workflows/card-issuance.bpmn): entered by the cell secretary in
/// the browser, it moves the case to the grassroots committee; nobody of another organisation sees it; an impossible
/// count is refused by the page and by the server.
/// </summary>
public sealed class CellVoteTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string ResolutionTask = "Chi bộ ra nghị quyết đề nghị công nhận đảng viên chính thức và phát thẻ";
    private const string GrassrootsTask = "Đảng ủy cơ sở xét, lập danh sách đề nghị phát thẻ (mẫu 1-TĐV)";

    [Fact]
    public async Task The_secretary_enters_the_vote_and_the_task_moves_to_the_grassroots_committee_inbox()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (instanceId, _) = await BrowserApp.StartCardIssuanceAsync(secretary, "DV-0101 Nguyễn Văn An");
        await BrowserApp.StartCardIssuanceAsync(secretary, "DV-0102 Trần Thị Bình");
        await BrowserApp.StartCardIssuanceAsync(secretary, "DV-0103 Lê Văn Cường");

        await secretary.ReloadAsync();
        foreach (var key in new[] { "DV-0101", "DV-0102", "DV-0103" })
        {
            await Expect(secretary.GetByTestId("inbox-task").Filter(new() { HasText = key })).ToContainTextAsync(ResolutionTask);
        }

        await Expect(secretary.GetByText("Chi bộ Giáo viên — Hội nghị chi bộ")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(secretary, "inbox");

        // Search by the member's name, open the task, enter the meeting's count.
        await secretary.FillAsync("input[name=search]", "Nguyễn Văn An");
        await secretary.ClickAsync("form.filters button[type=submit]");
        await Expect(secretary.GetByTestId("inbox-task")).ToHaveCountAsync(1);
        await secretary.GetByTestId("inbox-task").GetByRole(AriaRole.Link, new() { Name = ResolutionTask }).ClickAsync();
        await Expect(secretary.GetByTestId("task-name")).ToHaveTextAsync(ResolutionTask);
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Nhận xử lý" }).ClickAsync();
        await Expect(secretary.GetByRole(AriaRole.Button, new() { Name = "Trả lại nhiệm vụ" })).ToBeVisibleAsync();
        await FillVoteAsync(secretary, fullMembers: 9, convened: 9, present: 8, agree: 7, disagree: 1);
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).ClickAsync();

        var next = secretary.GetByTestId("what-next");
        await Expect(next).ToContainTextAsync(GrassrootsTask);
        await Expect(next).ToContainTextAsync("Đảng bộ Trường THPT Phúc Lợi");

        var committee = await app.SignInAsync(DemoAccounts.GrassrootsCommitteeMember);
        var task = committee.GetByTestId("inbox-task").Filter(new() { HasText = "DV-0101" });
        await Expect(task).ToContainTextAsync(GrassrootsTask);
        await Expect(committee.GetByText("Đảng bộ Trường THPT Phúc Lợi — Cấp ủy")).ToBeVisibleAsync();

        await committee.GotoAsync($"/#/instances/{instanceId}");
        await Expect(committee.GetByTestId("timeline")).ToContainTextAsync("Đ/c Nguyễn Thị Lan");
        await Expect(committee.Locator(".djs-element.pw-active")).ToHaveCountAsync(1);
        await Expect(committee.Locator(".djs-element.pw-done").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(committee, "instance");
    }

    [Fact]
    public async Task A_user_of_another_organisation_can_neither_see_nor_open_the_task()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (instanceId, taskId) = await BrowserApp.StartCardIssuanceAsync(secretary, "DV-0201 Phạm Thị Dung");

        var stranger = await app.SignInAsync(DemoAccounts.OtherCellSecretary);
        await Expect(stranger.GetByTestId("inbox-empty")).ToBeVisibleAsync();
        await Expect(stranger.GetByText("DV-0201")).ToHaveCountAsync(0);

        await stranger.GotoAsync($"/#/tasks/{taskId}");
        await Expect(stranger.GetByRole(AriaRole.Alert)).ToContainTextAsync("thuộc thẩm quyền của cấp ủy khác");
        await Expect(stranger.GetByTestId("task-name")).ToHaveCountAsync(0);

        await stranger.GotoAsync($"/#/instances/{instanceId}");
        await Expect(stranger.GetByRole(AriaRole.Alert)).ToContainTextAsync("Không có quyền");
        await Expect(stranger.GetByTestId("instance-title")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_impossible_vote_is_refused_with_a_clear_message_and_changes_nothing()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary, width: 390, height: 844);
        var (instanceId, taskId) = await BrowserApp.StartCardIssuanceAsync(secretary, "DV-0301 Hoàng Văn Em");

        await secretary.GotoAsync($"/#/tasks/{taskId}");
        await FillVoteAsync(secretary, fullMembers: 9, convened: 9, present: 10, agree: 7, disagree: 1);
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).ClickAsync();
        await Expect(secretary.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Số có mặt (10) không thể lớn hơn số được triệu tập (9)" }))
            .ToBeVisibleAsync();
        await Expect(secretary.GetByTestId("what-next")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(secretary, "vote-refused-phone");

        // A client that skips the page's check gets the same refusal from the server, naming the field.
        var refused = await BrowserApp.ApiAsync(secretary, "POST", $"/api/tasks/{taskId}/complete",
            new { variables = new { fullMembers = 9, convened = 9, present = 8, agree = 7, disagree = 3 } }, expectedStatus: 400);
        Assert.Contains("không thể lớn hơn số đảng viên có mặt", refused.GetProperty("errors").GetProperty("agree")[0].GetString());

        var instance = await BrowserApp.ApiAsync(secretary, "GET", $"/api/instances/{instanceId}");
        Assert.Equal("open", instance.GetProperty("tasks")[0].GetProperty("status").GetString());
    }

    private static async Task FillVoteAsync(IPage page, int fullMembers, int convened, int present, int agree, int disagree)
    {
        await page.FillAsync("input[name=fullMembers]", fullMembers.ToString());
        await page.FillAsync("input[name=convened]", convened.ToString());
        await page.FillAsync("input[name=present]", present.ToString());
        await page.FillAsync("input[name=agree]", agree.ToString());
        await page.FillAsync("input[name=disagree]", disagree.ToString());
    }
}
