using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>The one JSON form of <see cref="InstanceState"/>, used by every store.</summary>
public static class InstanceStateJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(InstanceState state) => JsonSerializer.Serialize(state, Options);

    public static InstanceState Deserialize(string json) =>
        JsonSerializer.Deserialize<InstanceState>(json, Options)
        ?? throw new JsonException("The instance document is empty.");
}
