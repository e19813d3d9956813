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

    /// <summary>A required variable; its absence or a malformed value is a data error for an administrator (an incident).</summary>
    public static T Required<T>(ServiceTaskContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Optional<T>(context, name) ?? throw new InvalidOperationException($"Thiếu biến {name} của quy trình.");
    }

    public static T? Optional<T>(ServiceTaskContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Variables.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return default;
        }

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
