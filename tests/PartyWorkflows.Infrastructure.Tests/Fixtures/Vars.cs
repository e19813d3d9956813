using System.Text.Json;

namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

public static class Vars
{
    public static Dictionary<string, JsonElement> Of(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));
}
