using System.Text.Json;

namespace PartyWorkflows.Infrastructure.Persistence;

/// <summary>The spelling of names in the database: snake_case identifiers, kebab-case enum values (as in the JSON documents).</summary>
public static class StoredNames
{
    public static string SnakeCase(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string stored) where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (Of(value) == stored)
            {
                return value;
            }
        }

        throw new FormatException($"'{stored}' is not a {typeof(TEnum).Name}.");
    }
}
