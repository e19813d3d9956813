using Microsoft.AspNetCore.Http.HttpResults;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Calendar;

/// <summary>
/// GET /api/calendar/{year}: the working-day calendar every deadline counts on (the official schedule where one ships,
/// else the computed Labour Code 2019 art. 112 default), as its exceptions to Monday–Friday.
/// </summary>
public static class GetCalendarYear
{
    public static Results<Ok<CalendarYear>, ValidationProblem> Handle(int year, IWorkingDayCalendar calendar)
    {
        if (year is < 2000 or > 2100)
        {
            return Problem.Invalid("year", "Năm (year) phải từ 2000 đến 2100.");
        }

        var daysOff = new List<DateOnly>();
        var workedWeekends = new List<DateOnly>();
        var workingDays = 0;
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            var weekend = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var working = calendar.IsWorkingDay(day);
            workingDays += working ? 1 : 0;
            if (weekend && working)
            {
                workedWeekends.Add(day);
            }
            else if (!weekend && !working)
            {
                daysOff.Add(day);
            }
        }

        return TypedResults.Ok(new CalendarYear(year, workingDays, daysOff, workedWeekends));
    }
}
