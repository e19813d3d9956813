using Microsoft.AspNetCore.Http.HttpResults;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Infrastructure.Calendar;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Features.Users;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Calendar;

/// <summary>
/// GET /api/calendar/{year}: the working-day calendar every deadline counts on (an administrator's published schedule,
/// else the official schedule the engine ships, else the computed Labour Code 2019 art. 112 default), as its exceptions
/// to Monday–Friday, and which of the three it is.
/// </summary>
public static class GetCalendarYear
{
    public static async Task<Results<Ok<CalendarYear>, ValidationProblem>> Handle(
        int year, IWorkingDayCalendar calendar, StoredWorkingDayCalendar stored, WorkflowDbContext db, CancellationToken cancellationToken)
    {
        if (CalendarYearRange.Check(year) is { } problem)
        {
            return problem;
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

        if (!stored.StoredYears.TryGetValue(year, out var edited))
        {
            var origin = StoredWorkingDayCalendar.IsShipped(year) ? CalendarOrigins.Shipped : CalendarOrigins.Computed;
            return TypedResults.Ok(new CalendarYear(year, workingDays, daysOff, workedWeekends, origin, null, null,
                new Dictionary<string, string>()));
        }

        var names = edited.DaysOff.Concat(edited.WorkedWeekends).Where(d => !string.IsNullOrWhiteSpace(d.Name))
            .ToDictionary(d => d.Date.ToString("yyyy-MM-dd"), d => d.Name!);
        var publisher = (await UserNames.OfAsync(db, [edited.PublishedBy], cancellationToken)).NameOf(edited.PublishedBy);
        return TypedResults.Ok(new CalendarYear(year, workingDays, daysOff, workedWeekends, CalendarOrigins.Edited,
            publisher, edited.PublishedAt, names));
    }
}
