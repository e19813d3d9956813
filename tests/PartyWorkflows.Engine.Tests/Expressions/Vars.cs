using System.Text.Json;

namespace PartyWorkflows.Engine.Tests.Expressions;

/// <summary>Builds process-variable dictionaries from JSON text, the way the engine stores them.</summary>
internal static class Vars
{
    public static IReadOnlyDictionary<string, JsonElement> None { get; } = new Dictionary<string, JsonElement>();

    public static IReadOnlyDictionary<string, JsonElement> Of(params (string Name, string Json)[] variables) =>
        variables.ToDictionary(v => v.Name, v => JsonElement.Parse(v.Json));

    /// <summary>The typical variable set of a Party-committee vote.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Vote() => Of(
        ("approved", "true"),
        ("votes", """{"agree": 5, "against": 1, "total": 7}"""),
        ("members", """["Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường"]"""),
        ("branch", "\"Chi bộ Phường 3\""),
        ("quorum", "0.5"));
}
