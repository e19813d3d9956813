using System.Globalization;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>A date cell: an Excel serial number (a date-formatted cell) or text written dd/MM/yyyy (also d/M/yyyy, yyyy-MM-dd).</summary>
public static class SheetDates
{
    private static readonly string[] TextFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"];

    /// <summary>Excel's serial range: 1 is 1900-01-01, 2958465 is 9999-12-31.</summary>
    private const double MaxSerial = 2958465;

    public static bool TryParse(string text, out DateOnly date)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
        {
            date = serial is >= 1 and <= MaxSerial ? DateOnly.FromDateTime(DateTime.FromOADate(serial)) : default;
            return date != default;
        }

        return DateOnly.TryParseExact(text, TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
