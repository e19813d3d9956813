namespace PartyWorkflows.Web.Features.Tasks;

public static class TaskEndpoints
{
    public static void MapTaskEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/tasks/{id:guid}").WithTags("Nhiệm vụ");
        group.MapGet("/", GetTask.Handle).WithSummary("Chi tiết nhiệm vụ, biến của hồ sơ và biểu mẫu");
        group.MapPost("/claim", ClaimTask.Claim).WithSummary("Nhận xử lý nhiệm vụ");
        group.MapPost("/unclaim", ClaimTask.Unclaim).WithSummary("Trả lại nhiệm vụ");
        group.MapPost("/complete", CompleteTask.Handle).WithSummary("Hoàn thành nhiệm vụ; trả về các bước tiếp theo");
    }
}
