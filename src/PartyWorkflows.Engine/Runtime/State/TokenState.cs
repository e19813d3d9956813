namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>A token: where one thread of the instance is. A token waiting at an activity is that activity's instance.</summary>
public sealed class TokenState
{
    public int Id { get; set; }
    public required string ElementId { get; set; }
    public int ScopeId { get; set; }
    public TokenStatus Status { get; set; }
    public TokenPhase Phase { get; set; }

    /// <summary>Sequence flow the token came in by; joins count distinct flows.</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>Completed iterations of a standard loop on the current activity.</summary>
    public int LoopIterations { get; set; }

    /// <summary>Child instance started by the call activity this token waits at.</summary>
    public Guid? ChildInstanceId { get; set; }

    /// <summary>Retries left for the failing service task this token is at; null before its first failure.</summary>
    public int? RetriesLeft { get; set; }

    /// <summary>Set when the token left the instance during a command, so stale queue entries are skipped.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal bool Removed { get; set; }

    public TokenState Clone() => (TokenState)MemberwiseClone();
}
