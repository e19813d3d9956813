using System.Globalization;
using System.Text.Json;
using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Membership.Deadlines;

/// <summary>
/// A deadline of whole working days: "N ngày làm việc" counts from the day after the triggering date (DESIGN.md "Working
/// days") and is met while its last working day lasts, so it passes at 00:00 Vietnam time of the next day — the instant
/// the engine's working-day timers and task due dates use too.
/// </summary>
public sealed record WorkingDayDeadline(DateOnly LastDay)
{
    public static WorkingDayDeadline After(IWorkingDayCalendar calendar, DateOnly trigger, int workingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        return new WorkingDayDeadline(calendar.AddWorkingDays(trigger, workingDays));
    }

    /// <summary>The instant the deadline has passed.</summary>
    public DateTimeOffset PassesAt => DayStart.Instant(LastDay.AddDays(1));

    /// <summary>Whether something done on <paramref name="day"/> is in time.</summary>
    public bool IsMetOn(DateOnly day) => day <= LastDay;

    /// <summary>The process variables {prefix}LastDay (yyyy-MM-dd) and {prefix}DueAt (the passing instant, for a timer or due date).</summary>
    public Dictionary<string, JsonElement> Variables(string prefix) => new(StringComparer.Ordinal)
    {
        [prefix + "LastDay"] = JsonSerializer.SerializeToElement(LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        [prefix + "DueAt"] = JsonSerializer.SerializeToElement(DayStart.TimerValue(LastDay.AddDays(1))),
    };
}
