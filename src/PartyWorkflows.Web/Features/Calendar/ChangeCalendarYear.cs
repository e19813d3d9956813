using System.Security.Claims;
using PartyWorkflows.Infrastructure.Calendar;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Calendar;

/// <summary>
/// PUT and DELETE /api/admin/calendar/{year}: publish a year's official schedule, or return the year to the shipped or
/// computed default. Deadlines already computed (open tasks' due dates, scheduled timers) keep their dates; only
/// deadlines computed afterwards count on the new calendar.
/// </summary>
public static class ChangeCalendarYear
{
    public static async Task<IResult> Put(
        int year, CalendarScheduleRequest? request, ClaimsPrincipal user, CalendarYearStore store, CancellationToken cancellationToken)
    {
        if (CalendarYearRange.Check(year) is { } yearProblem)
        {
            return yearProblem;
        }

        if (request is null)
        {
            return Problem.Invalid("daysOff", "Gửi lịch của năm: {daysOff: [{date, name}], workedWeekends: [{date, name}]}.");
        }

        var (daysOff, workedWeekends, errors) = CalendarScheduleValidation.Check(year, request);
        if (errors.Count > 0)
        {
            return Problem.Invalid(errors);
        }

        await store.SaveAsync(year, daysOff, workedWeekends, user.UserId(), cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> Delete(int year, ClaimsPrincipal user, CalendarYearStore store, CancellationToken cancellationToken)
    {
        if (CalendarYearRange.Check(year) is { } yearProblem)
        {
            return yearProblem;
        }

        return await store.DeleteAsync(year, user.UserId(), cancellationToken)
            ? TypedResults.NoContent()
            : Problem.NotFound($"Năm {year} chưa có lịch do quản trị viên công bố.");
    }
}
