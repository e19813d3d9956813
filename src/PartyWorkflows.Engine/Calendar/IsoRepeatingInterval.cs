using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// An ISO 8601 repeating interval as used by BPMN timer cycles: <c>R3/P5D</c>,
/// <c>R/PT1H</c> (unbounded) or <c>R2/2026-01-01T08:00:00+07:00/P1D</c> (with a start).
/// </summary>
public readonly record struct IsoRepeatingInterval
{
    /// <param name="repetitions">How many times the timer fires; null for unbounded.</param>
    /// <param name="start">When the first firing is due; null to start one period from now.</param>
    /// <param name="duration">The period between firings; must be longer than zero.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repetitions"/> is below 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="duration"/> is zero.</exception>
    public IsoRepeatingInterval(int? repetitions, DateTimeOffset? start, IsoDuration duration)
    {
        if (repetitions is { } count)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(count, 1, nameof(repetitions));
        }

        if (duration.IsZero)
        {
            throw new ArgumentException("A cycle's period must be longer than zero.", nameof(duration));
        }

        Repetitions = repetitions;
        Start = start;
        Duration = duration;
    }

    /// <summary>How many times the timer fires; null for unbounded.</summary>
    public int? Repetitions { get; }

    /// <summary>When the first firing is due; null to start one period after the timer is armed.</summary>
    public DateTimeOffset? Start { get; }

    /// <summary>The period between firings.</summary>
    public IsoDuration Duration { get; }

    /// <summary>Parses a repeating interval; surrounding whitespace is ignored.</summary>
    public static bool TryParse([NotNullWhen(true)] string? value, out IsoRepeatingInterval result) =>
        TryParse(value, out result, out _);

    /// <summary>Parses a repeating interval, explaining any rejection in <paramref name="error"/>.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? value, out IsoRepeatingInterval result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            error = "The cycle is empty.";
            return false;
        }

        var text = value.Trim();
        var parts = text.Split('/');
        if (text[0] != 'R' || parts.Length is < 2 or > 3)
        {
            error = $"'{text}' is not a repeating interval: expected R[n]/[start/]duration (e.g. R3/PT1H).";
            return false;
        }

        int? repetitions = null;
        if (parts[0].Length > 1)
        {
            if (!int.TryParse(parts[0].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            {
                error = $"'{text}': the repetition count after 'R' must be a whole number from 1 to {int.MaxValue}, or absent for unbounded.";
                return false;
            }

            repetitions = count;
        }

        DateTimeOffset? start = null;
        if (parts.Length == 3)
        {
            if (!IsoDateTime.TryParse(parts[1], out var startValue))
            {
                error = $"'{text}': the start '{parts[1]}' is not an ISO 8601 date-time.";
                return false;
            }

            start = startValue;
        }

        if (!IsoDuration.TryParse(parts[^1], out var duration, out var durationError))
        {
            error = IsoDateTime.TryParse(parts[^1], out _)
                ? $"'{text}': cycles ending at a date are not supported; use R[n]/[start/]duration."
                : $"'{text}': {durationError}";
            return false;
        }

        if (duration.IsZero)
        {
            error = $"'{text}': the period must be longer than zero.";
            return false;
        }

        result = new IsoRepeatingInterval(repetitions, start, duration);
        error = null;
        return true;
    }

    /// <summary>Parses a repeating interval.</summary>
    /// <exception cref="FormatException">The value is not a supported repeating interval; the message says why.</exception>
    public static IsoRepeatingInterval Parse(string value) =>
        TryParse(value, out var result, out var error) ? result : throw new FormatException(error);

    /// <summary>The ISO 8601 form, which <see cref="Parse"/> reads back to an equal value.</summary>
    public override string ToString()
    {
        var repetitions = Repetitions?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        return Start is { } start
            ? $"R{repetitions}/{IsoDateTime.Format(start)}/{Duration}"
            : $"R{repetitions}/{Duration}";
    }
}
