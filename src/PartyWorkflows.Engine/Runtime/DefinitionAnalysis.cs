using System.Runtime.CompilerServices;
using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Engine.Runtime;

/// <summary>
/// Facts about a definition computed once: which nodes can reach which, so an inclusive join knows whether a
/// token elsewhere in its scope may still arrive (BPMN 2.0 §13.4.3).
/// </summary>
internal sealed class DefinitionAnalysis
{
    private static readonly ConditionalWeakTable<ProcessDefinition, DefinitionAnalysis> Cache = new();

    private readonly Dictionary<string, HashSet<string>> _reachable = new(StringComparer.Ordinal);

    private DefinitionAnalysis(ProcessDefinition definition)
    {
        foreach (var node in definition.Nodes.Values)
        {
            _reachable[node.Id] = ReachableFrom(definition, node);
        }
    }

    public static DefinitionAnalysis Of(ProcessDefinition definition) => Cache.GetValue(definition, d => new DefinitionAnalysis(d));

    /// <summary>True when a token at <paramref name="from"/> can get to <paramref name="to"/> along flows or boundary events.</summary>
    public bool CanReach(string from, string to) => _reachable.TryGetValue(from, out var set) && set.Contains(to);

    private static HashSet<string> ReachableFrom(ProcessDefinition definition, FlowNode start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<FlowNode>();
        pending.Push(start);
        while (pending.TryPop(out var node))
        {
            foreach (var next in definition.Successors(node))
            {
                if (seen.Add(next.Id))
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }
}
