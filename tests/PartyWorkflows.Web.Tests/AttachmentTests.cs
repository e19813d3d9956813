using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>
/// The confidential attachment store on PostgreSQL: the acting body files photos and documents with its step, types are
/// told by content, other organisations are kept out, and every download is logged with its purpose.
/// </summary>
public sealed class AttachmentTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    [Fact]
    public async Task A_jpeg_and_a_pdf_are_stored_with_their_hash_audited_and_cited_at_completion()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (instanceId, taskId) = await app.StartApprovalAsync(secretary);

        var photo = await UploadAsync(secretary, taskId, TestFiles.Jpeg, "ảnh thẻ hỏng.JPG");
        Assert.Equal(("ảnh thẻ hỏng.jpg", "image/jpeg", TestFiles.Jpeg.Length, Convert.ToHexStringLower(SHA256.HashData(TestFiles.Jpeg))),
            (photo.GetProperty("fileName").GetString(), photo.GetProperty("contentType").GetString(), photo.GetProperty("size").GetInt32(),
                photo.GetProperty("sha256").GetString()));
        // The client calls it a JPEG; the content says PDF, and a path in the name is dropped.
        var letter = await UploadAsync(secretary, taskId, TestFiles.Pdf, "../../ban kiem diem.jpg");
        Assert.Equal(("ban kiem diem.pdf", "application/pdf"), (letter.GetProperty("fileName").GetString(), letter.GetProperty("contentType").GetString()));

        var stored = await app.Db(db => db.Attachments.SingleAsync(a => a.Id == photo.GetProperty("attachmentId").GetGuid()));
        Assert.Equal((instanceId, taskId, "review"), (stored.InstanceId, stored.TaskId, stored.ElementId));
        Assert.Equal(TestFiles.Jpeg, stored.Content);
        Assert.Equal(2, await app.Db(db => db.AuditLog.CountAsync(a => a.InstanceId == instanceId && a.Action == "attachment-uploaded")));

        var ids = new[] { photo.GetProperty("attachmentId").GetGuid(), letter.GetProperty("attachmentId").GetGuid() };
        var completed = await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { attachments = ids } });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);

        var listed = await (await secretary.GetAsync($"/api/instances/{instanceId}/attachments")).JsonAsync();
        Assert.Equal(["ảnh thẻ hỏng.jpg", "ban kiem diem.pdf"], listed.EnumerateArray().Select(a => a.GetProperty("fileName").GetString()));
        Assert.Equal(DemoAccounts.CellSecretary.DisplayName, listed[0].GetProperty("uploadedByName").GetString());
    }

    [Fact]
    public async Task An_executable_renamed_jpg_an_oversized_file_and_a_missing_file_are_refused_naming_file()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (instanceId, taskId) = await app.StartApprovalAsync(secretary);

        await AssertRefusedAsync(await secretary.PostAsync($"/api/tasks/{taskId}/attachments", TestFiles.Upload(TestFiles.Executable, "anh.jpg")));
        var oversized = new byte[10 * 1024 * 1024 + 1];
        TestFiles.Jpeg.CopyTo(oversized, 0);
        await AssertRefusedAsync(await secretary.PostAsync($"/api/tasks/{taskId}/attachments", TestFiles.Upload(oversized, "lon.jpg")));
        await AssertRefusedAsync(await secretary.PostAsync($"/api/tasks/{taskId}/attachments", new MultipartFormDataContent()));
        await AssertRefusedAsync(await secretary.PostAsync($"/api/tasks/{taskId}/attachments", new MultipartFormDataContent { { new StringContent("x"), "note" } }));

        Assert.False(await app.Db(db => db.Attachments.AnyAsync(a => a.InstanceId == instanceId)));
    }

    [Fact]
    public async Task Another_organisations_secretary_can_neither_upload_list_nor_download()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var outsider = await app.SignInAsync(DemoAccounts.OtherCellSecretary);
        var (instanceId, taskId) = await app.StartApprovalAsync(secretary);

        Assert.Equal(HttpStatusCode.Forbidden,
            (await outsider.PostAsync($"/api/tasks/{taskId}/attachments", TestFiles.Upload(TestFiles.Jpeg, "anh.jpg"))).StatusCode);
        Assert.False(await app.Db(db => db.Attachments.AnyAsync(a => a.InstanceId == instanceId)));

        var photo = await UploadAsync(secretary, taskId, TestFiles.Jpeg, "anh.jpg");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/instances/{instanceId}/attachments")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/attachments/{photo.GetProperty("attachmentId").GetGuid()}")).StatusCode);
        Assert.False(await app.Db(db => db.DossierReads.AnyAsync(r => r.InstanceId == instanceId)));
    }

    [Fact]
    public async Task A_download_is_an_attachment_with_nosniff_and_is_logged_with_its_purpose()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (instanceId, taskId) = await app.StartApprovalAsync(secretary);
        var photo = await UploadAsync(secretary, taskId, TestFiles.Jpeg, "anh.jpg");

        var response = await secretary.GetAsync($"/api/attachments/{photo.GetProperty("attachmentId").GetGuid()}?purpose=Thẩm tra hồ sơ cấp lại thẻ");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TestFiles.Jpeg, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", "anh.jpg"), (response.Content.Headers.ContentDisposition?.DispositionType, response.Content.Headers.ContentDisposition?.FileNameStar));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));

        var read = await app.Db(db => db.DossierReads.SingleAsync(r => r.InstanceId == instanceId));
        Assert.Equal("Tải tài liệu anh.jpg: Thẩm tra hồ sơ cấp lại thẻ", read.Purpose);
        Assert.Equal(await app.UserIdAsync(DemoAccounts.CellSecretary), read.UserId);
    }

    [Fact]
    public async Task Completion_citing_another_tasks_attachment_is_refused_naming_attachments()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (_, otherTaskId) = await app.StartApprovalAsync(secretary);
        var foreign = await UploadAsync(secretary, otherTaskId, TestFiles.Jpeg, "anh.jpg");
        var (_, taskId) = await app.StartApprovalAsync(secretary);

        foreach (var attachments in new object[] { new[] { foreign.GetProperty("attachmentId").GetGuid() }, new[] { "anh.jpg" } })
        {
            var response = await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { attachments } });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("attachments", out _));
        }

        Assert.Equal("open", await app.Db(db => db.Tasks.Where(t => t.Id == taskId).Select(t => t.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_completed_task_takes_no_more_files()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var (_, taskId) = await app.StartApprovalAsync(secretary);
        Assert.Equal(HttpStatusCode.OK, (await secretary.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict,
            (await secretary.PostAsync($"/api/tasks/{taskId}/attachments", TestFiles.Upload(TestFiles.Jpeg, "anh.jpg"))).StatusCode);
    }

    private static async Task<System.Text.Json.JsonElement> UploadAsync(HttpClient client, Guid taskId, byte[] content, string fileName)
    {
        var response = await client.PostAsync($"/api/tasks/{taskId}/attachments", TestFiles.Upload(content, fileName));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("file", out _));
    }
}
