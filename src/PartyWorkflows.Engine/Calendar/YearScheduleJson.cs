using System.Globalization;
using System.Text.Json;

namespace PartyWorkflows.Engine.Calendar;

/// <summary>
/// Reads year schedules from JSON so administrators can maintain them as data. Format:
/// <code>
/// { "year": 2026, "source": "…",
///   "holidays": [ { "name": "Tết", "from": "2026-02-14", "to": "2026-02-22" }, { "from": "2026-09-02" } ],
///   "extraWorkingDays": [ "2026-01-10" ] }
/// </code>
/// Holiday ranges are inclusive; "to" defaults to "from" and "name" is informational.
/// </summary>
public static class YearScheduleJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Parses one year's schedule from a JSON object.</summary>
    /// <exception cref="FormatException">The JSON is malformed or violates the schedule rules.</exception>
    public static YearSchedule Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(json);
        return ReadSchedule(document.RootElement);
    }

    /// <summary>Parses several years' schedules from a JSON array of schedule objects.</summary>
    /// <exception cref="FormatException">The JSON is malformed or violates the schedule rules.</exception>
    public static IReadOnlyList<YearSchedule> ParseMany(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("Expected a JSON array of year schedules.");
        }

        return document.RootElement.EnumerateArray().Select(ReadSchedule).ToArray();
    }

    private static JsonDocument ParseDocument(string json)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Invalid year schedule JSON: {ex.Message}", ex);
        }
    }

    private static YearSchedule ReadSchedule(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("A year schedule must be a JSON object.");
        }

        if (!element.TryGetProperty("year", out var yearElement) || !yearElement.TryGetInt32(out var year))
        {
            throw new FormatException("A year schedule needs an integer \"year\".");
        }

        var source = element.TryGetProperty("source", out var sourceElement) && sourceElement.ValueKind == JsonValueKind.String
            ? sourceElement.GetString()!
            : throw new FormatException($"The {year} schedule needs a \"source\" string.");

        var holidays = new List<DateOnly>();
        foreach (var range in OptionalArray(element, "holidays", year))
        {
            if (range.ValueKind != JsonValueKind.Object || !range.TryGetProperty("from", out var fromElement))
            {
                throw new FormatException($"Each holiday of {year} must be an object with \"from\" and optional \"to\".");
            }

            var from = ReadDate(fromElement, year);
            var to = range.TryGetProperty("to", out var toElement) ? ReadDate(toElement, year) : from;
            if (to < from)
            {
                throw new FormatException($"Holiday range {from:yyyy-MM-dd}..{to:yyyy-MM-dd} of {year} ends before it starts.");
            }

            for (var day = from; day <= to; day = day.AddDays(1))
            {
                holidays.Add(day);
            }
        }

        var extraWorkingDays = OptionalArray(element, "extraWorkingDays", year).Select(e => ReadDate(e, year)).ToArray();

        try
        {
            return new YearSchedule(year, holidays, extraWorkingDays, source);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"Invalid {year} schedule: {ex.Message}", ex);
        }
    }

    private static IEnumerable<JsonElement> OptionalArray(JsonElement element, string name, int year)
    {
        if (!element.TryGetProperty(name, out var array))
        {
            return [];
        }

        return array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw new FormatException($"\"{name}\" of the {year} schedule must be an array.");
    }

    private static DateOnly ReadDate(JsonElement element, int year) =>
        element.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new FormatException($"Expected a \"yyyy-MM-dd\" date in the {year} schedule, found {element.GetRawText()}.");
}
