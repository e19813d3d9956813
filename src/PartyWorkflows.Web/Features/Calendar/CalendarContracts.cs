namespace PartyWorkflows.Web.Features.Calendar;

/// <param name="DaysOff">Weekdays that are not working days (holidays, Tết, compensatory days).</param>
/// <param name="WorkedWeekends">Saturdays or Sundays worked in a government swap.</param>
/// <param name="Origin"><c>computed</c> (Labour Code 2019 art. 112), <c>shipped</c> (the engine's official schedule) or <c>edited</c> (published by an administrator).</param>
/// <param name="DayNames">What each listed day is for, keyed yyyy-MM-dd; only edited years carry names.</param>
public sealed record CalendarYear(
    int Year,
    int WorkingDays,
    IReadOnlyList<DateOnly> DaysOff,
    IReadOnlyList<DateOnly> WorkedWeekends,
    string Origin,
    string? PublishedBy,
    DateTimeOffset? PublishedAt,
    IReadOnlyDictionary<string, string> DayNames);

/// <summary>PUT /api/admin/calendar/{year}: the year's whole official schedule; it replaces the default of that year.</summary>
public sealed record CalendarScheduleRequest(IReadOnlyList<NamedDayRequest?>? DaysOff, IReadOnlyList<NamedDayRequest?>? WorkedWeekends);

/// <param name="Date">yyyy-MM-dd.</param>
public sealed record NamedDayRequest(string? Date, string? Name);
