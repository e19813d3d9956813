namespace PartyWorkflows.Web.Features.Attachments;

public static class AttachmentEndpoints
{
    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/tasks/{taskId:guid}/attachments", UploadAttachment.Handle)
            .WithTags("Nhiệm vụ")
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Đính kèm tệp (ảnh, bản kiểm điểm…) vào nhiệm vụ đang xử lý");
        app.MapGet("/api/instances/{instanceId:guid}/attachments", ListInstanceAttachments.Handle)
            .WithTags("Hồ sơ")
            .WithSummary("Các tài liệu đính kèm của hồ sơ");
        app.MapGet("/api/attachments/{id:guid}", DownloadAttachment.Handle)
            .WithTags("Hồ sơ")
            .WithSummary("Tải tài liệu đính kèm (mỗi lần tải được ghi nhật ký)");
    }
}
