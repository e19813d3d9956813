using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// A non-negative ISO 8601 duration such as <c>P1Y2M3W4DT5H6M7.5S</c>. Only the seconds may
/// carry a fraction, which covers every timer value a BPMN model needs.
/// </summary>
public readonly record struct IsoDuration
{
    // Designators in the order ISO 8601 requires; the index is the component's rank.
    private const string DateDesignators = "YMWD";
    private const string TimeDesignators = "HMS";

    /// <exception cref="ArgumentOutOfRangeException">A component is negative.</exception>
    public IsoDuration(int years = 0, int months = 0, int weeks = 0, int days = 0, int hours = 0, int minutes = 0, decimal seconds = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfNegative(weeks);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        Years = years;
        Months = months;
        Weeks = weeks;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    public int Years { get; }

    public int Months { get; }

    public int Weeks { get; }

    public int Days { get; }

    public int Hours { get; }

    public int Minutes { get; }

    public decimal Seconds { get; }

    /// <summary>Whether every component is zero.</summary>
    public bool IsZero => this == default;

    /// <summary>Parses an ISO 8601 duration; surrounding whitespace is ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out IsoDuration result) =>
        TryParse(value, out result, out _);

    /// <summary>Parses an ISO 8601 duration, explaining any rejection in <paramref name="error"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out IsoDuration result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = "The duration is empty.";
            return false;
        }

        var text = value.Trim();
        if (text[0] == '-')
        {
            error = $"'{text}': negative durations are not supported.";
            return false;
        }

        if (text[0] != 'P')
        {
            error = $"'{text}' is not an ISO 8601 duration: it must start with 'P' (e.g. P5D, PT1H).";
            return false;
        }

        // years, months, weeks, days, hours, minutes (whole) and seconds (decimal).
        var whole = new int[6];
        var seconds = 0m;
        var lastRank = -1;
        var inTime = false;
        var i = 1;
        while (i < text.Length)
        {
            if (text[i] == 'T')
            {
                if (inTime)
                {
                    error = $"'{text}': 'T' appears twice.";
                    return false;
                }

                inTime = true;
                i++;
                if (i == text.Length)
                {
                    error = $"'{text}': 'T' must be followed by hours, minutes or seconds.";
                    return false;
                }

                continue;
            }

            if (!char.IsAsciiDigit(text[i]))
            {
                error = text[i] == '-'
                    ? $"'{text}': negative components are not supported."
                    : $"'{text}': unexpected '{text[i]}' at position {i}.";
                return false;
            }

            var numberStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            var hasFraction = i < text.Length && text[i] is '.' or ',';
            if (hasFraction)
            {
                i++;
                var fractionStart = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                if (i == fractionStart)
                {
                    error = $"'{text}': a decimal separator must be followed by digits.";
                    return false;
                }
            }

            var number = text[numberStart..i].Replace(',', '.');
            if (i == text.Length)
            {
                error = $"'{text}': the number {number} has no unit designator.";
                return false;
            }

            var designators = inTime ? TimeDesignators : DateDesignators;
            var position = designators.IndexOf(text[i], StringComparison.Ordinal);
            if (position < 0)
            {
                error = $"'{text}': '{text[i]}' is not a {(inTime ? "time (H, M, S)" : "date (Y, M, W, D)")} designator.";
                return false;
            }

            var rank = inTime ? DateDesignators.Length + position : position;
            if (rank <= lastRank)
            {
                error = $"'{text}': '{text[i]}' is repeated or out of order (expected Y, M, W, D, then T, H, M, S).";
                return false;
            }

            if (rank == 6)
            {
                if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds))
                {
                    error = $"'{text}': {number}S is too large.";
                    return false;
                }
            }
            else if (hasFraction)
            {
                error = $"'{text}': only the seconds may have a fraction.";
                return false;
            }
            else if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out whole[rank]))
            {
                error = $"'{text}': {number}{text[i]} is too large.";
                return false;
            }

            lastRank = rank;
            i++;
        }

        if (lastRank < 0)
        {
            error = $"'{text}': a duration needs at least one component (e.g. P1D).";
            return false;
        }

        result = new IsoDuration(whole[0], whole[1], whole[2], whole[3], whole[4], whole[5], seconds);
        error = null;
        return true;
    }

    /// <summary>Parses an ISO 8601 duration.</summary>
    /// <exception cref="FormatException">The value is not a valid non-negative duration; the message says why.</exception>
    public static IsoDuration Parse(string value) =>
        TryParse(value, out var result, out var error) ? result : throw new FormatException(error);

    /// <summary>Only days and weeks: with a calendar it is a count of whole working days.</summary>
    public bool IsWholeWorkingDays => Years == 0 && Months == 0 && Hours == 0 && Minutes == 0 && Seconds == 0 && (Days > 0 || Weeks > 0);

    /// <summary>
    /// Adds the duration to <paramref name="start"/>. With a calendar, days count as working days
    /// and weeks as five working days, reckoned on the Vietnam-time date from the day after the start
    /// ("30 ngày làm việc" counts whole days: seed 000 §III.2, seed 003 §1.1). A duration of whole
    /// working days ends when its last day ends (00:00 Vietnam time of the next day), so a deadline and
    /// its escalation agree with the due day the inbox shows; with a time part the local time of day is
    /// kept. Years, months and the time part are always plain calendar/clock arithmetic.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the representable range.</exception>
    public DateTimeOffset AddTo(DateTimeOffset start, IWorkingDayCalendar? workingDays)
    {
        var result = start.AddYears(Years).AddMonths(Months);
        if (workingDays is null)
        {
            result = result.AddDays((7.0 * Weeks) + Days);
        }
        else
        {
            var count = (5L * Weeks) + Days;
            if (count > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(start), $"{this} spans too many working days.");
            }

            if (count > 0)
            {
                var local = VietnamTime.ToLocal(result);
                var date = workingDays.AddWorkingDays(DateOnly.FromDateTime(local.DateTime), (int)count);
                var end = IsWholeWorkingDays
                    ? date.AddDays(1).ToDateTime(TimeOnly.MinValue)
                    : date.ToDateTime(TimeOnly.FromDateTime(local.DateTime));
                result = new DateTimeOffset(end, VietnamTime.Offset).ToOffset(start.Offset);
            }
        }

        if (Seconds > long.MaxValue / TimeSpan.TicksPerSecond)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"{this} is too long.");
        }

        return result.AddHours(Hours).AddMinutes(Minutes).AddTicks((long)(Seconds * TimeSpan.TicksPerSecond));
    }

    /// <summary>The canonical ISO 8601 form, which <see cref="Parse"/> reads back to an equal value.</summary>
    public override string ToString()
    {
        if (IsZero)
        {
            return "PT0S";
        }

        var text = new StringBuilder("P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Weeks, 'W');
        Append(text, Days, 'D');
        if (Hours > 0 || Minutes > 0 || Seconds > 0)
        {
            text.Append('T');
            Append(text, Hours, 'H');
            Append(text, Minutes, 'M');
            if (Seconds > 0)
            {
                text.Append(Seconds.ToString("0.############################", CultureInfo.InvariantCulture)).Append('S');
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, int value, char designator)
    {
        if (value > 0)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }
}
