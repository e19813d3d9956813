using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Membership.Workflows;

/// <summary>
/// Reads and writes the process variables of the procedure handlers as JSON: camelCase names and camelCase enum
/// values ("excellent", "cleanAndStrong"), so the forms and the BPMN conditions see the same spelling.
/// </summary>
public static class WorkflowVariables
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new OrganisationScorecardJsonConverter() },
    };

    /// <summary>
    /// A required variable; its absence or a malformed value is a data error for an administrator (an incident). The
    /// presence is checked before reading, so a missing <c>int</c> or <c>bool</c> is refused rather than read as 0 or false.
    /// </summary>
    public static T Required<T>(ServiceTaskContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Present(context, name) is { } value && Read<T>(value, name) is { } read
            ? read
            : throw new InvalidOperationException($"Thiếu biến {name} của quy trình.");
    }

    /// <summary>An optional variable; ask for a nullable type (<c>int?</c>) to tell a missing number from 0.</summary>
    public static T? Optional<T>(ServiceTaskContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Present(context, name) is { } value ? Read<T>(value, name) : default;
    }

    private static JsonElement? Present(ServiceTaskContext context, string name) =>
        context.Variables.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static T? Read<T>(JsonElement value, string name)
    {
        try
        {
            return value.Deserialize<T>(Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Biến {name} của quy trình không đúng định dạng: {ex.Message}", ex);
        }
    }

    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);
}
