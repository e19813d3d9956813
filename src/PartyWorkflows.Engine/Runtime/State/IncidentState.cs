namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>A failure that stopped a token: a failing expression or handler, a runaway loop, no flow to take.</summary>
public sealed record IncidentState
{
    public Guid Id { get; init; }
    public int TokenId { get; init; }
    public required string ElementId { get; init; }
    public required string Kind { get; init; }
    public required string Message { get; init; }
    public TokenPhase Phase { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
