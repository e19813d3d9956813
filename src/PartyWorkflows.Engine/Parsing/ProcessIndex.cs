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
        ReportBehaviourExtensions(process, processId, context);
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
            ReportBehaviourExtensions(child, id, context);
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

    /// <summary>
    /// Camunda extensions that would run code or remap data (listeners, input/output mappings, connectors) change what
    /// the element does; the engine cannot run them, so they are errors rather than silently ignored.
    /// </summary>
    private static void ReportBehaviourExtensions(XElement element, string id, ParseContext context)
    {
        foreach (var extension in element.Elements(XmlNames.Bpmn + "extensionElements").Elements()
                     .Where(e => XmlNames.CamundaBehaviourExtensions.Contains(e.Name)))
        {
            context.Report(DiagnosticFactory.UnsupportedElement(id, XmlNames.Display(extension.Name), extension.Location()));
        }
    }

    private void Unsupported(XElement element, string id, string what, ParseContext context)
    {
        _unsupportedIds.Add(id);
        context.Report(DiagnosticFactory.UnsupportedElement(id, what, element.Location()));
    }
}
