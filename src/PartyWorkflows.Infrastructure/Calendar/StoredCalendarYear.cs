using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Infrastructure.Calendar;

/// <summary>An administrator's official schedule of one year as stored in <c>calendar_years</c>.</summary>
public sealed record StoredCalendarYear(
    int Year, IReadOnlyList<NamedDay> DaysOff, IReadOnlyList<NamedDay> WorkedWeekends, string PublishedBy, DateTimeOffset PublishedAt)
{
    /// <summary>The engine's form: it replaces the computed default of <see cref="Year"/> entirely.</summary>
    public YearSchedule ToSchedule() => new(
        Year, DaysOff.Select(d => d.Date), WorkedWeekends.Select(d => d.Date), $"Published by {PublishedBy} at {PublishedAt:O}");
}
