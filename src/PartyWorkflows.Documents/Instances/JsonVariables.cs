using System.Text.Json;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// Reads a case's variables in the procedure handlers' spelling (<see cref="WorkflowVariables.Options"/>: camelCase,
/// camelCase enum values). A missing or malformed variable reads as absent: a form prints it empty rather than failing
/// the download.
/// </summary>
internal static class JsonVariables
{
    public static T? Read<T>(IReadOnlyDictionary<string, JsonElement> variables, string name)
    {
        if (!variables.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return default;
        }

        try
        {
            return value.Deserialize<T>(WorkflowVariables.Options);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    public static string? Text(IReadOnlyDictionary<string, JsonElement> variables, string name) =>
        variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    public static int? Number(IReadOnlyDictionary<string, JsonElement> variables, string name) =>
        variables.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
