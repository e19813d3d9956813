using Microsoft.Playwright;
using PartyWorkflows.Browser.Tests.Fixtures;
using PartyWorkflows.Web.Hosting.DemoData;
using static Microsoft.Playwright.Assertions;

namespace PartyWorkflows.Browser.Tests;

/// <summary>
/// A lost card's self-criticism step (workflows/card-replacement.bpmn, seed 000_29c5dfa480f916c0.txt §V.3) with a photo
/// attached in the browser: the file is uploaded to the task, the completion cites it, and the case view lists it.
/// </summary>
public sealed class AttachmentsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .."JFIF"u8, 0x00, 0x01, 0x01, 0xFF, 0xD9];

    [Fact]
    public async Task The_secretary_attaches_a_photo_completes_the_step_and_the_case_lists_it()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var started = await BrowserApp.ApiAsync(secretary, "POST", "/api/instances", new
        {
            processId = "card-replacement",
            subjectOrganisationId = DemoOrganisations.TeachersCell,
            businessKey = "DV-0401 Ngô Văn Phúc",
            variables = new { provinceCode = "30", memberKeys = new[] { "DV-0401" } },
        }, expectedStatus: 201);
        var instanceId = started.GetProperty("instanceId").GetGuid();
        var taskId = started.GetProperty("openTasks")[0].GetProperty("taskId").GetGuid();

        await secretary.GotoAsync($"/#/tasks/{taskId}");
        await secretary.GetByLabel("Mất thẻ").CheckAsync();
        await secretary.Locator("input[type=file][name=file]").SetInputFilesAsync(
            new FilePayload { Name = "anh-chan-dung.jpg", MimeType = "image/jpeg", Buffer = Photo });
        await Expect(secretary.GetByTestId("uploaded-attachments")).ToContainTextAsync("anh-chan-dung.jpg");
        await Screenshots.SaveAsync(secretary, "approval-attachments");

        // A reload keeps the uploaded file in the form, so the completion still cites it.
        await secretary.ReloadAsync();
        await Expect(secretary.GetByTestId("uploaded-attachments")).ToContainTextAsync("anh-chan-dung.jpg");
        await secretary.GetByLabel("Mất thẻ").CheckAsync();
        await secretary.GetByRole(AriaRole.Button, new() { Name = "Hoàn thành" }).ClickAsync();
        await Expect(secretary.GetByTestId("what-next")).ToBeVisibleAsync();

        await secretary.GotoAsync($"/#/instances/{instanceId}");
        var listed = secretary.GetByTestId("case-attachments");
        await Expect(listed).ToContainTextAsync("anh-chan-dung.jpg");
        var link = listed.GetByRole(AriaRole.Link, new() { Name = "anh-chan-dung.jpg" });
        Assert.Contains("purpose=" + Uri.EscapeDataString("Xem tài liệu đính kèm hồ sơ"), await link.GetAttributeAsync("href"));

        // The completion cited the uploaded file by id.
        var instance = await BrowserApp.ApiAsync(secretary, "GET", $"/api/instances/{instanceId}");
        var attachments = await BrowserApp.ApiAsync(secretary, "GET", $"/api/instances/{instanceId}/attachments");
        Assert.Equal(attachments[0].GetProperty("attachmentId").GetString(),
            instance.GetProperty("variables").GetProperty("attachments")[0].GetString());
    }
}
