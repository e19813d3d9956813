using System.Text.Json;

namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>
/// A nested scope of variables and tokens. The process instance itself is scope 0 and is not stored here:
/// its variables are <see cref="InstanceState.Variables"/>.
/// </summary>
public sealed class ScopeState
{
    public int Id { get; set; }
    public int ParentScopeId { get; set; }
    public ScopeKind Kind { get; set; }

    /// <summary>The sub-process or multi-instance activity this scope runs.</summary>
    public required string ElementId { get; set; }

    /// <summary>The token waiting at that element in the parent scope; null for multi-instance inner scopes.</summary>
    public int? OwnerTokenId { get; set; }

    public Dictionary<string, JsonElement> Variables { get; set; } = new(StringComparer.Ordinal);

    public MultiInstanceProgress? MultiInstance { get; set; }

    public ScopeState Clone()
    {
        var copy = (ScopeState)MemberwiseClone();
        copy.Variables = new Dictionary<string, JsonElement>(Variables, StringComparer.Ordinal);
        copy.MultiInstance = MultiInstance?.Clone();
        return copy;
    }
}
