namespace PartyWorkflows.Engine.Model;

/// <summary>
/// An executable BPMN process: immutable, with the lookups the runtime needs computed once at construction.
/// Elements of embedded sub-processes live in the same maps; <see cref="FlowElement.ScopeId"/> says where.
/// </summary>
public sealed class ProcessDefinition
{
    private readonly Dictionary<string, IReadOnlyList<StartEvent>> _startEventsByScope;
    private readonly Dictionary<string, IReadOnlyList<FlowNode>> _nodesByScope;

    public ProcessDefinition(
        string id,
        string? name,
        bool isExecutable,
        IReadOnlyDictionary<string, FlowNode> nodes,
        IReadOnlyDictionary<string, SequenceFlow> flows,
        SourceLocation location = default)
    {
        Id = id;
        Name = name;
        IsExecutable = isExecutable;
        Nodes = nodes;
        Flows = flows;
        Location = location;
        _nodesByScope = nodes.Values.GroupBy(n => n.ScopeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FlowNode>)g.ToList());
        _startEventsByScope = nodes.Values.OfType<StartEvent>().GroupBy(n => n.ScopeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StartEvent>)g.ToList());
    }

    /// <summary>The process id: the key under which versions are deployed and call activities find it.</summary>
    public string Id { get; }
    public string? Name { get; }
    public bool IsExecutable { get; }
    public SourceLocation Location { get; }
    public IReadOnlyDictionary<string, FlowNode> Nodes { get; }
    public IReadOnlyDictionary<string, SequenceFlow> Flows { get; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name!;

    public FlowNode Node(string id) =>
        Nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"Element '{id}' is not in process '{Id}'.");

    public SequenceFlow Flow(string id) =>
        Flows.TryGetValue(id, out var flow) ? flow : throw new KeyNotFoundException($"Sequence flow '{id}' is not in process '{Id}'.");

    public IReadOnlyList<StartEvent> StartEventsOf(string scopeId) =>
        _startEventsByScope.TryGetValue(scopeId, out var events) ? events : [];

    public IReadOnlyList<FlowNode> NodesOf(string scopeId) =>
        _nodesByScope.TryGetValue(scopeId, out var nodes) ? nodes : [];

    /// <summary>Where a token at <paramref name="node"/> can go next: along its outgoing flows, or out by a boundary event.</summary>
    public IEnumerable<FlowNode> Successors(FlowNode node)
    {
        foreach (var flowId in node.Outgoing)
        {
            if (Flows.TryGetValue(flowId, out var flow) && Nodes.TryGetValue(flow.TargetRef, out var target))
            {
                yield return target;
            }
        }

        if (node is Activity activity)
        {
            foreach (var boundaryId in activity.BoundaryEvents)
            {
                if (Nodes.TryGetValue(boundaryId, out var boundary))
                {
                    yield return boundary;
                }
            }
        }
    }

    /// <summary>The none start event of the process itself, where a plain start begins.</summary>
    public StartEvent? NoneStartEvent => StartEventsOf(Id).FirstOrDefault(s => s.Trigger is null);
}
