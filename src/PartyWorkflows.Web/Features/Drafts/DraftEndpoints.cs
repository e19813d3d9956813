using PartyWorkflows.Web.Auth;

namespace PartyWorkflows.Web.Features.Drafts;

public static class DraftEndpoints
{
    public static void MapDraftEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/definitions/{processId}/draft").WithTags("Định nghĩa quy trình")
            .RequireAuthorization(Policies.Administrator);
        group.MapGet("/", DefinitionDrafts.Get).Produces<DraftResponse>().WithSummary("Bản nháp của quy trình");
        group.MapPut("/", DefinitionDrafts.Put).Produces<DraftSaved>().ProducesValidationProblem()
            .WithSummary("Lưu nháp (được phép còn lỗi kiểm tra)");
        group.MapDelete("/", DefinitionDrafts.Delete).Produces(StatusCodes.Status204NoContent).WithSummary("Bỏ bản nháp");
    }
}
