using PartyWorkflows.Web.Auth;

namespace PartyWorkflows.Web.Features.Incidents;

public static class IncidentEndpoints
{
    public static void MapIncidentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/incidents").WithTags("Sự cố").RequireAuthorization(Policies.Administrator);
        group.MapGet("/", ListIncidents.Handle).Produces<List<OpenIncident>>().WithSummary("Sự cố chưa xử lý");
        group.MapPost("/{id:guid}/retry", RetryIncident.Handle).WithSummary("Chạy lại bước bị lỗi");
    }
}
