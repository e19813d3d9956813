using System.Text.Json;

namespace PartyWorkflows.Engine.Runtime.Handlers;

public sealed record ServiceTaskContext(
    Guid InstanceId,
    string ProcessId,
    string ElementId,
    string? BusinessKey,
    IReadOnlyDictionary<string, JsonElement> Variables,
    DateTimeOffset Now);
