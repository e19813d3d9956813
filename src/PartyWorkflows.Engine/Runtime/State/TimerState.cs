namespace PartyWorkflows.Engine.Runtime.State;

public sealed record TimerState
{
    public Guid Id { get; init; }
    public int TokenId { get; init; }

    /// <summary>The timer event (catch or boundary), or the service task for a retry.</summary>
    public required string ElementId { get; init; }

    public TimerPurpose Purpose { get; init; }
    public DateTimeOffset DueAt { get; init; }

    /// <summary>Firings left for a cycle (boundary R3/P5D) or attempts left for a retry; null when unbounded.</summary>
    public int? Remaining { get; init; }

    public int FiredCount { get; init; }
}
