using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The attachment store on the embedded SQLite default: content as a blob, listed in upload order, cited at completion,
/// downloaded intact.
/// </summary>
public sealed class AttachmentEmbeddedTests : IDisposable
{
    private readonly EmbeddedContentRoot _contentRoot = new();

    [Fact]
    public async Task Files_round_trip_on_SQLite()
    {
        await using var app = _contentRoot.App();
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (instanceId, taskId) = await app.StartApprovalAsync(secretary);

        foreach (var (content, name) in new[] { (TestFiles.Jpeg, "anh.jpg"), (TestFiles.Pdf, "kiem-diem.pdf") })
        {
            Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsync($"/api/tasks/{taskId}/attachments", TestFiles.Upload(content, name))).StatusCode);
        }

        var listed = await (await secretary.GetAsync($"/api/instances/{instanceId}/attachments")).JsonAsync();
        Assert.Equal(["anh.jpg", "kiem-diem.pdf"], listed.EnumerateArray().Select(a => a.GetProperty("fileName").GetString()));
        var ids = listed.EnumerateArray().Select(a => a.GetProperty("attachmentId").GetGuid()).ToArray();
        Assert.Equal(HttpStatusCode.OK,
            (await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { attachments = ids } })).StatusCode);
        var pdf = await secretary.GetAsync($"/api/attachments/{listed[1].GetProperty("attachmentId").GetGuid()}");
        Assert.Equal(TestFiles.Pdf, await pdf.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_size_limit_is_configurable()
    {
        await using var app = _contentRoot.App().WithWebHostBuilder(b => b.UseSetting("PartyWorkflows:Attachments:MaxBytes", "16"));
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (_, taskId) = await app.StartApprovalAsync(secretary);

        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsync($"/api/tasks/{taskId}/attachments", TestFiles.Upload(TestFiles.Jpeg, "anh.jpg"))).StatusCode);
        var refused = await secretary.PostAsync($"/api/tasks/{taskId}/attachments", TestFiles.Upload(TestFiles.Pdf, "kiem-diem.pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Tệp quá lớn: tối đa 16 byte.", (await refused.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString());
    }

    public void Dispose() => _contentRoot.Dispose();
}
