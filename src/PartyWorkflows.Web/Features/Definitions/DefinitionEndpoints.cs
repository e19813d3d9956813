using PartyWorkflows.Web.Auth;

namespace PartyWorkflows.Web.Features.Definitions;

public static class DefinitionEndpoints
{
    public static void MapDefinitionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions").WithTags("Định nghĩa quy trình");
        group.MapPost("/", DeployDefinition.Handle)
            .RequireAuthorization(Policies.Administrator)
            // One Accepts for all three: routing keeps only the last accepts metadata, so a second call would 415 the others.
            .Accepts<string>("application/xml", "text/xml", "application/json")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Triển khai tệp BPMN thành phiên bản mới của quy trình")
            .WithDescription("Nội dung là tệp BPMN (application/xml, text/xml) hoặc JSON {\"xml\": \"…\"}.");
        group.MapPost("/validate", ValidateDefinition.Handle)
            .RequireAuthorization(Policies.Administrator)
            .WithSummary("Kiểm tra tệp BPMN mà không triển khai (cho trình thiết kế)");
        group.MapGet("/", ListDefinitions.Handle)
            .Produces<List<ProcessSummary>>()
            .WithSummary("Danh sách quy trình và các phiên bản");
        group.MapGet("/{processId}/instances", ListRunningInstances.Handle)
            .RequireAuthorization(Policies.Administrator)
            .Produces<List<RunningInstance>>()
            .WithSummary("Hồ sơ đang chạy của quy trình và phiên bản mỗi hồ sơ dùng");
        group.MapGet("/{processId}/versions/{version:int}", GetDefinitionXml.Handle)
            .Produces<string>(contentType: "application/xml")
            .WithSummary("Tệp BPMN của một phiên bản");
    }
}
