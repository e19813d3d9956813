using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Forms;

namespace PartyWorkflows.Web.Features.Instances;

public static class InstanceEndpoints
{
    public static void MapInstanceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/instances").WithTags("Hồ sơ");
        group.MapPost("/", StartInstance.Handle).WithSummary("Mở hồ sơ mới theo quy trình");
        group.MapPost("/bulk", BulkStartInstances.Handle)
            .RequireAuthorization(Policies.Administrator)
            .WithSummary("Mở hàng loạt hồ sơ (xử lý bất đồng bộ theo lô)");
        group.MapGet("/{id:guid}", GetInstance.Handle).WithSummary("Xem hồ sơ (mỗi lần xem được ghi nhật ký)");
        group.MapGet("/{instanceId:guid}/forms", ListInstanceForms.Handle).WithSummary("Các mẫu biểu của hồ sơ");
        group.MapGet("/{instanceId:guid}/forms/{code}", DownloadInstanceForm.Handle)
            .WithSummary("Tải mẫu biểu của hồ sơ (mỗi lần tải được ghi nhật ký)");
        group.MapPost("/{id:guid}/cancel", CancelInstance.Handle)
            .RequireAuthorization(Policies.Administrator)
            .WithSummary("Hủy hồ sơ");
    }
}
