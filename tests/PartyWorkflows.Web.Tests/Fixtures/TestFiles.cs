using System.Net;
using System.Net.Http.Json;
using PartyWorkflows.Web.Hosting.DemoData;

namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>Small files with real magic bytes, and the steps to put one on a fresh approval case's first task.</summary>
public static class TestFiles
{
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .."JFIF"u8, 0x00, 0x01, 0x01, 0xFF, 0xD9];
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    /// <summary>A Windows executable's header: what a renamed .exe starts with.</summary>
    public static readonly byte[] Executable = [.."MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .."This program cannot be run in DOS mode"u8];

    /// <param name="claimedType">What the client says it is; the server must not believe it.</param>
    public static MultipartFormDataContent Upload(byte[] content, string fileName, string claimedType = "image/jpeg")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(claimedType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    /// <summary>Deploys the two-step approval and starts a case on the teachers' cell: its open task is the secretary's.</summary>
    public static async Task<(Guid InstanceId, Guid TaskId)> StartApprovalAsync<T>(this Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<T> app, HttpClient secretary)
        where T : class
    {
        var processId = TestBpmn.UniqueId("attachments");
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostXmlAsync("/api/definitions", TestBpmn.Approval(processId))).StatusCode);
        var response = await secretary.PostAsJsonAsync("/api/instances", new { processId, subjectOrganisationId = DemoOrganisations.TeachersCell, businessKey = processId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var started = await response.JsonAsync();
        return (started.GetProperty("instanceId").GetGuid(), started.GetProperty("openTasks")[0].GetProperty("taskId").GetGuid());
    }
}
