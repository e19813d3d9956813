using System.Text.Json;

namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>
/// The instance document: everything needed to continue the instance. It round-trips through JSON exactly
/// (<see cref="InstanceStateJson"/>); wait states are duplicated into indexed tables by the stores.
/// </summary>
public sealed class InstanceState
{
    public Guid Id { get; set; }
    public required string ProcessId { get; set; }
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public InstanceStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Why it ended when not normally: the cancel reason or the uncaught error code.</summary>
    public string? EndReason { get; set; }

    public ParentLink? Parent { get; set; }

    /// <summary>Last number handed out to a token, scope or wait state of this instance.</summary>
    public int LastId { get; set; }

    public Dictionary<string, JsonElement> Variables { get; set; } = new(StringComparer.Ordinal);
    public List<ScopeState> Scopes { get; set; } = [];
    public List<TokenState> Tokens { get; set; } = [];
    public List<UserTaskState> Tasks { get; set; } = [];
    public List<TimerState> Timers { get; set; } = [];
    public List<SubscriptionState> Subscriptions { get; set; } = [];
    public List<IncidentState> Incidents { get; set; } = [];
    public List<HistoryEntry> History { get; set; } = [];

    public bool IsEnded => Status != InstanceStatus.Running;

    /// <summary>A copy sharing only immutable parts (records, JSON values), so a command never alters its input.</summary>
    public InstanceState Clone()
    {
        var copy = (InstanceState)MemberwiseClone();
        copy.Variables = new Dictionary<string, JsonElement>(Variables, StringComparer.Ordinal);
        copy.Scopes = Scopes.ConvertAll(s => s.Clone());
        copy.Tokens = Tokens.ConvertAll(t => t.Clone());
        copy.Tasks = [.. Tasks];
        copy.Timers = [.. Timers];
        copy.Subscriptions = [.. Subscriptions];
        copy.Incidents = [.. Incidents];
        copy.History = [.. History];
        return copy;
    }
}
