using System.Text.Json;

namespace PartyWorkflows.Engine.Runtime.Handlers;

/// <param name="Variables">Variables the handler sets on the instance; null for none.</param>
public sealed record ServiceTaskResult(IReadOnlyDictionary<string, JsonElement>? Variables = null)
{
    public static ServiceTaskResult Empty { get; } = new();
}
