namespace PartyWorkflows.Web.Features.Calendar;

/// <param name="DaysOff">Weekdays that are not working days (holidays, Tết, compensatory days).</param>
/// <param name="WorkedWeekends">Saturdays or Sundays worked in a government swap.</param>
public sealed record CalendarYear(int Year, int WorkingDays, IReadOnlyList<DateOnly> DaysOff, IReadOnlyList<DateOnly> WorkedWeekends);
