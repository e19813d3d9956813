namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// An administrator's official schedule of one year, replacing the shipped or computed default of that year entirely
/// (DESIGN "Working days": the year's official schedule is admin-editable data).
/// </summary>
public sealed class CalendarYearRecord
{
    public int Year { get; set; }

    /// <summary>JSON array of <c>{date, name}</c>: weekdays off.</summary>
    public required string DaysOff { get; set; }

    /// <summary>JSON array of <c>{date, name}</c>: Saturdays or Sundays worked in a swap.</summary>
    public required string WorkedWeekends { get; set; }

    public required string PublishedBy { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
}
