namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// Counts working days. Deadlines such as "30 ngày làm việc" count from the day after the
/// triggering date, so both operations exclude their starting day.
/// </summary>
public interface IWorkingDayCalendar
{
    /// <summary>Whether <paramref name="day"/> is a working day.</summary>
    bool IsWorkingDay(DateOnly day);

    /// <summary>
    /// The <paramref name="days"/>-th working day strictly after <paramref name="start"/>
    /// (strictly before when negative); <paramref name="start"/> itself when zero.
    /// </summary>
    DateOnly AddWorkingDays(DateOnly start, int days);

    /// <summary>
    /// The number of working days d with <paramref name="from"/> &lt; d ≤ <paramref name="to"/>.
    /// When <paramref name="to"/> precedes <paramref name="from"/> the count mirrors that,
    /// days d with <paramref name="to"/> ≤ d &lt; <paramref name="from"/>, negated, so that
    /// <c>WorkingDaysBetween(a, AddWorkingDays(a, n)) == n</c> for every n.
    /// </summary>
    int WorkingDaysBetween(DateOnly from, DateOnly to);
}
