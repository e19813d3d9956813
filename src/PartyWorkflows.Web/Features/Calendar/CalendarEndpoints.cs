using PartyWorkflows.Web.Auth;

namespace PartyWorkflows.Web.Features.Calendar;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/calendar/{year:int}", GetCalendarYear.Handle).WithTags("Lịch làm việc").WithSummary("Ngày nghỉ, ngày làm bù của một năm");
        var admin = app.MapGroup("/api/admin/calendar").WithTags("Lịch làm việc").RequireAuthorization(Policies.Administrator);
        admin.MapPut("/{year:int}", ChangeCalendarYear.Put).Produces(StatusCodes.Status204NoContent).ProducesValidationProblem()
            .WithSummary("Công bố lịch nghỉ, làm bù của một năm");
        admin.MapDelete("/{year:int}", ChangeCalendarYear.Delete).Produces(StatusCodes.Status204NoContent)
            .WithSummary("Trả năm về lịch mặc định");
    }
}
