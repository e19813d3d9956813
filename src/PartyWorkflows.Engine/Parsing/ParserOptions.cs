namespace PartyWorkflows.Engine.Parsing;

public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>Largest document accepted, in characters; bounds memory for uploads from the browser designer.</summary>
    public int MaxCharacters { get; init; } = 5_000_000;
}
