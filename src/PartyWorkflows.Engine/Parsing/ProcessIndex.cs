using System.Xml.Linq;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>
/// First pass over a process: every flow node and sequence flow, flattened across embedded sub-processes, with
/// unsupported elements reported. Ids of unsupported elements are kept so flows touching them are not reported again.
/// </summary>
internal sealed class ProcessIndex
{
    private readonly List<ScopedElement> _nodes = [];
    private readonly List<ScopedElement> _flows = [];
    private readonly HashSet<string> _unsupportedIds = new(StringComparer.Ordinal);

    private ProcessIndex()
    {
    }

    public IReadOnlyList<ScopedElement> Nodes => _nodes;
    public IReadOnlyList<ScopedElement> Flows => _flows;
    public IReadOnlySet<string> UnsupportedIds => _unsupportedIds;

    public static ProcessIndex Build(XElement process, string processId, ParseContext context)
    {
        var index = new ProcessIndex();
        index.Collect(process, processId, context);
        return index;
    }

    private void Collect(XElement scope, string scopeId, ParseContext context)
    {
        foreach (var child in scope.BpmnChildren())
        {
            var kind = child.Name.LocalName;
            if (ElementCatalog.Ignored.Contains(kind) || context.Duplicates.Contains(child))
            {
                continue;
            }
            var id = child.Text("id");
            if (id is null)
            {
                context.Report(DiagnosticFactory.MissingAttribute(null, kind, "id", child.Location()));
                continue;
            }
            if (kind == ElementCatalog.SequenceFlow)
            {
                _flows.Add(new ScopedElement(child, id, scopeId));
            }
            else if (!ElementCatalog.FlowNodes.Contains(kind))
            {
                Unsupported(child, id, kind, context);
            }
            else if (kind == ElementCatalog.SubProcess && child.Boolean("triggeredByEvent", false, id, context))
            {
                Unsupported(child, id, "event subProcess", context);
            }
            else
            {
                _nodes.Add(new ScopedElement(child, id, scopeId));
                if (kind == ElementCatalog.SubProcess)
                {
                    Collect(child, id, context);
                }
            }
        }
    }

    private void Unsupported(XElement element, string id, string what, ParseContext context)
    {
        _unsupportedIds.Add(id);
        context.Report(DiagnosticFactory.UnsupportedElement(id, what, element.Location()));
    }
}
