using System.Diagnostics.CodeAnalysis;

namespace PartyWorkflows.Engine.Calendar;

/// <summary>Computes when BPMN timers are due.</summary>
public static class TimerSchedule
{
    // Bounds the catch-up over a cycle whose start lies far in the past (e.g. PT1S since years).
    private const int MaxCatchUpSteps = 100_000;

    /// <summary>
    /// When a timer armed at <paramref name="now"/> is first due. A date may lie in the past
    /// (the timer is overdue); a cycle with a past start is due at its first occurrence at or
    /// after <paramref name="now"/>, missed occurrences counting against its repetitions.
    /// </summary>
    /// <param name="workingDays">When given, day and week parts of durations count working days.</param>
    /// <returns>False, with the reason in <paramref name="error"/>, when the value is invalid or the timer can never fire.</returns>
    public static bool TryFirstDue(
        TimerDefinitionKind kind,
        string value,
        DateTimeOffset now,
        IWorkingDayCalendar? workingDays,
        out DateTimeOffset due,
        [NotNullWhen(false)] out string? error)
    {
        due = default;
        try
        {
            switch (kind)
            {
                case TimerDefinitionKind.Date:
                    if (!IsoDateTime.TryParse(value, out due))
                    {
                        error = $"'{value}' is not an ISO 8601 date-time (e.g. 2026-03-02T08:00:00+07:00).";
                        return false;
                    }

                    error = null;
                    return true;

                case TimerDefinitionKind.Duration:
                    if (!IsoDuration.TryParse(value, out var duration, out error))
                    {
                        return false;
                    }

                    due = duration.AddTo(now, workingDays);
                    return true;

                case TimerDefinitionKind.Cycle:
                    return IsoRepeatingInterval.TryParse(value, out var cycle, out error)
                        && TryFirstCycleDue(cycle, now, workingDays, out due, out error);

                default:
                    error = $"Unknown timer definition kind {kind}.";
                    return false;
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            // Raised by date arithmetic or the holiday computation, whose supported years end.
            error = $"'{value}' is due outside the supported range of dates.";
            return false;
        }
    }

    /// <summary>When a cycle is next due after firing at <paramref name="previousDue"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the supported range.</exception>
    public static DateTimeOffset NextDue(IsoRepeatingInterval cycle, DateTimeOffset previousDue, IWorkingDayCalendar? workingDays) =>
        workingDays is not null && cycle.Duration.IsWholeWorkingDays
            // The previous period ended with its last working day (due at 00:00 after it): count on from that day.
            ? cycle.Duration.AddTo(previousDue.AddTicks(-1), workingDays)
            : cycle.Duration.AddTo(previousDue, workingDays);

    private static bool TryFirstCycleDue(
        IsoRepeatingInterval cycle,
        DateTimeOffset now,
        IWorkingDayCalendar? workingDays,
        out DateTimeOffset due,
        [NotNullWhen(false)] out string? error)
    {
        if (cycle.Start is not { } start)
        {
            due = NextDue(cycle, now, workingDays);
            error = null;
            return true;
        }

        due = start;
        for (var occurrence = 1; due < now; occurrence++)
        {
            if (occurrence == cycle.Repetitions)
            {
                error = $"'{cycle}' has fired all its repetitions before {now:O}.";
                return false;
            }

            if (occurrence == MaxCatchUpSteps)
            {
                error = $"'{cycle}' starts too far in the past; give a later start.";
                return false;
            }

            due = NextDue(cycle, due, workingDays);
        }

        error = null;
        return true;
    }
}
