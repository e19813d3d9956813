namespace PartyWorkflows.Web.Features.Reconciliations;

public static class ReconciliationEndpoints
{
    public static void MapReconciliationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations/{organisationId:guid}/reconciliation-reports")
            .WithTags("Đối chiếu danh sách đảng viên");
        group.MapGet("/", ListReconciliationReports.Handle).WithSummary("Biên bản đối chiếu danh sách đảng viên với hồ sơ");
    }
}
