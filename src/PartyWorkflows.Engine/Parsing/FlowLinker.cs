using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>
/// Connects the drafts of one process: resolves sequence flows and boundary attachments, reports broken ones, and
/// derives each node's incoming and outgoing flows from the flows themselves (the &lt;incoming&gt;/&lt;outgoing&gt;
/// children are optional in BPMN and often stale in hand-edited files).
/// </summary>
internal sealed class FlowLinker
{
    private readonly ProcessIndex _index;
    private readonly IReadOnlyDictionary<string, NodeDraft> _drafts;
    private readonly ParseContext _context;
    private readonly HashSet<string> _indexedNodeIds;
    private readonly Dictionary<string, List<string>> _incoming = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _boundaries = new(StringComparer.Ordinal);

    private FlowLinker(ProcessIndex index, IReadOnlyDictionary<string, NodeDraft> drafts, ParseContext context)
    {
        _index = index;
        _drafts = drafts;
        _context = context;
        _indexedNodeIds = index.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
    }

    public static (IReadOnlyDictionary<string, SequenceFlow> Flows, Func<string, NodeLinks> LinksOf) Link(
        ProcessIndex index, IReadOnlyDictionary<string, NodeDraft> drafts, ParseContext context)
    {
        var linker = new FlowLinker(index, drafts, context);
        var flows = linker.LinkFlows();
        linker.LinkBoundaryEvents();
        return (flows, linker.LinksOf);
    }

    private Dictionary<string, SequenceFlow> LinkFlows()
    {
        var flows = new Dictionary<string, SequenceFlow>(StringComparer.Ordinal);
        foreach (var flow in _index.Flows)
        {
            var e = flow.Element;
            var sourceRef = e.Text("sourceRef");
            var targetRef = e.Text("targetRef");
            var sourceOk = IsLinkable(flow, "sourceRef", sourceRef);
            var targetOk = IsLinkable(flow, "targetRef", targetRef);
            if (!sourceOk || !targetOk)
            {
                continue;
            }
            flows.Add(flow.Id, new SequenceFlow
            {
                Id = flow.Id, ScopeId = flow.ScopeId, Name = e.Text("name"), Location = e.Location(),
                SourceRef = sourceRef!,
                TargetRef = targetRef!,
                Condition = e.ChildText("conditionExpression"),
            });
            Add(_outgoing, sourceRef!, flow.Id);
            Add(_incoming, targetRef!, flow.Id);
        }
        return flows;
    }

    private bool IsLinkable(ScopedElement flow, string attribute, string? reference)
    {
        if (reference is null)
        {
            _context.Report(DiagnosticFactory.MissingAttribute(flow.Id, flow.Kind, attribute, flow.Element.Location()));
            return false;
        }
        if (_drafts.TryGetValue(reference, out var end))
        {
            if (end.ScopeId == flow.ScopeId)
            {
                return true;
            }
            _context.Report(DiagnosticFactory.FlowCrossesScope(flow.Id, reference, flow.Element.Location()));
            return false;
        }
        // An end that exists but could not be built has its own diagnostic already.
        if (!_indexedNodeIds.Contains(reference) && !_index.UnsupportedIds.Contains(reference))
        {
            _context.Report(DiagnosticFactory.BrokenReference(flow.Id, attribute, reference, flow.Element.Location()));
        }
        return false;
    }

    private void LinkBoundaryEvents()
    {
        foreach (var boundary in _drafts.Values.Where(d => d.AttachedToRef is not null))
        {
            var target = boundary.AttachedToRef!;
            var location = boundary.Source.Element.Location();
            if (_drafts.TryGetValue(target, out var activity) && activity.IsActivity && activity.ScopeId == boundary.ScopeId)
            {
                Add(_boundaries, target, boundary.Id);
            }
            else if (_drafts.ContainsKey(target) || _index.Flows.Any(f => f.Id == target))
            {
                _context.Report(DiagnosticFactory.BoundaryNotOnActivity(boundary.Id, target, location));
            }
            else if (!_indexedNodeIds.Contains(target) && !_index.UnsupportedIds.Contains(target))
            {
                _context.Report(DiagnosticFactory.BrokenReference(boundary.Id, "attachedToRef", target, location));
            }
        }
    }

    private NodeLinks LinksOf(string nodeId) => new(
        _incoming.GetValueOrDefault(nodeId) ?? [],
        _outgoing.GetValueOrDefault(nodeId) ?? [],
        _boundaries.GetValueOrDefault(nodeId) ?? []);

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(value);
    }
}
