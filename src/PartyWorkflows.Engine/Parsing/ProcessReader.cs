using System.Xml.Linq;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>Reads one <c>process</c>: index its elements, read each node, link flows, then build the immutable model.</summary>
internal static class ProcessReader
{
    public static ProcessDefinition? Read(XElement process, ParseContext context)
    {
        var id = process.Text("id");
        if (id is null)
        {
            context.Report(DiagnosticFactory.MissingAttribute(null, "process", "id", process.Location()));
            return null;
        }
        var index = ProcessIndex.Build(process, id, context);
        var drafts = new Dictionary<string, NodeDraft>(StringComparer.Ordinal);
        foreach (var node in index.Nodes)
        {
            if (FlowNodeReader.Read(node, context) is { } draft)
            {
                drafts.Add(draft.Id, draft);
            }
        }
        var (flows, linksOf) = FlowLinker.Link(index, drafts, context);
        var nodes = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        foreach (var draft in drafts.Values)
        {
            var node = draft.Build(linksOf(draft.Id));
            CheckDefaultFlow(node, context);
            nodes.Add(node.Id, node);
        }
        return new ProcessDefinition(
            id,
            process.Text("name"),
            process.Boolean("isExecutable", false, id, context),
            nodes,
            flows,
            process.Location());
    }

    private static void CheckDefaultFlow(FlowNode node, ParseContext context)
    {
        var defaultFlow = node switch
        {
            Activity a => a.DefaultFlow,
            Gateway g => g.DefaultFlow,
            _ => null,
        };
        if (defaultFlow is not null && !node.Outgoing.Contains(defaultFlow))
        {
            context.Report(DiagnosticFactory.InvalidDefaultFlow(node.Id, defaultFlow, node.Location));
        }
    }
}
