using System.Globalization;
using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Membership.Deadlines;

/// <summary>The first instant of a calendar day in Vietnam, where the procedures' dates are reckoned.</summary>
public static class DayStart
{
    public static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);

    /// <summary>As an ISO 8601 date-time with offset, for a timeDate timer or a camunda:dueDate.</summary>
    public static string TimerValue(DateOnly day) => Instant(day).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
