namespace PartyWorkflows.Web.Features.Calendar;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/calendar/{year:int}", GetCalendarYear.Handle).WithTags("Lịch làm việc").WithSummary("Ngày nghỉ, ngày làm bù của một năm");
}
