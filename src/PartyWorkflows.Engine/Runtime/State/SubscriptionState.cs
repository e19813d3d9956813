namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>A message the instance waits for: at a catch event or as a boundary event of an activity.</summary>
public sealed record SubscriptionState
{
    public Guid Id { get; init; }
    public int TokenId { get; init; }
    public required string ElementId { get; init; }
    public required string MessageName { get; init; }
}
