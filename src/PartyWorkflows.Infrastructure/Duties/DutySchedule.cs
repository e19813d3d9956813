using Cronos;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>One duty's cron expression in the committees' time zone: its last occurrence, and whether one was missed.</summary>
public sealed class DutySchedule(string cron, TimeZoneInfo zone)
{
    /// <summary>The longest period a duty has (yearly), with room: the last occurrence is searched this far back.</summary>
    private static readonly TimeSpan LongestPeriod = TimeSpan.FromDays(2 * 366);

    private readonly CronExpression _expression = CronExpression.Parse(cron);

    public string Cron { get; } = cron;

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The latest occurrence at or before <paramref name="now"/>, or null when there is none within two years.</summary>
    public DateTimeOffset? LastOccurrence(DateTimeOffset now) =>
        _expression.GetOccurrences(now - LongestPeriod, now, Zone, fromInclusive: true, toInclusive: true)
            .Select(o => (DateTimeOffset?)o)
            .LastOrDefault();

    /// <summary>Whether an occurrence fell after <paramref name="lastRunAt"/> and at or before <paramref name="now"/>.</summary>
    public bool Missed(DateTimeOffset lastRunAt, DateTimeOffset now) =>
        _expression.GetNextOccurrence(lastRunAt, Zone) is { } next && next <= now;
}
