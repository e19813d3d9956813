using PartyWorkflows.Web.Auth;

namespace PartyWorkflows.Web.Features.Administration;

public static class AdministrationEndpoints
{
    public static void MapAdministrationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Quản trị").RequireAuthorization(Policies.Administrator);
        group.MapGet("/organisations", ListOrganisations.Handle).Produces<List<OrganisationNode>>().WithSummary("Cây tổ chức đảng");
        group.MapGet("/jobs", ListScheduledJobs.Handle).Produces<ScheduledJobs>().WithSummary("Công việc định kỳ và hẹn giờ");
        group.MapGet("/users", ListUsers.Handle).Produces<List<UserSummary>>().WithSummary("Người dùng và chức vụ");
        group.MapPost("/users/{userId}/positions", ChangePositions.Add).Produces<PositionSummary>().ProducesValidationProblem().WithSummary("Giao chức vụ cho người dùng");
        group.MapDelete("/users/{userId}/positions", ChangePositions.Remove).Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().WithSummary("Thôi giao chức vụ");
    }
}
