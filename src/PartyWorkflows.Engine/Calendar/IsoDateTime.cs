using System.Globalization;

namespace PartyWorkflows.Engine.Calendar;

/// <summary>ISO 8601 date-times for timer values; a value without an offset is Vietnam time.</summary>
internal static class IsoDateTime
{
    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd",
    ];

    private static readonly string[] OffsetFormats = ["hh':'mm", "hhmm", "hh"];

    /// <summary>The extended format with offset, which <see cref="TryParse"/> reads back.</summary>
    public static string Format(DateTimeOffset value) =>
        value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);

    public static bool TryParse(string? value, out DateTimeOffset result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var text = value.Trim();
        var offset = VietnamTime.Offset;
        if (text.EndsWith('Z'))
        {
            offset = TimeSpan.Zero;
            text = text[..^1];
        }
        else
        {
            // A sign after the time designator starts the offset; before it, '-' separates the date.
            var timeStart = text.IndexOf('T', StringComparison.Ordinal);
            var signAt = text.LastIndexOfAny(['+', '-']);
            if (timeStart >= 0 && signAt > timeStart)
            {
                if (!TimeSpan.TryParseExact(text[(signAt + 1)..], OffsetFormats, CultureInfo.InvariantCulture, out offset)
                    || offset > TimeSpan.FromHours(14))
                {
                    return false;
                }

                offset = text[signAt] == '-' ? -offset : offset;
                text = text[..signAt];
            }
        }

        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        try
        {
            result = new DateTimeOffset(local, offset);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // The offset pushed the instant outside DateTimeOffset's range.
            return false;
        }
    }
}
