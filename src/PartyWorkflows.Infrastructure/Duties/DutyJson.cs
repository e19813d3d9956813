using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>How duties write process variables and reports: camelCase names, kebab-case enum values, yyyy-MM-dd dates.</summary>
internal static class DutyJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
