using System.Xml.Linq;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>
/// Reads the <c>definitions</c> root: checks ids are unique, collects the messages and errors that events refer to,
/// and reads every process. Collaboration, signals and the diagram part carry nothing the engine executes.
/// </summary>
internal static class DefinitionsReader
{
    public static ParseResult Read(XDocument document)
    {
        var root = document.Root!;
        if (root.Name != XmlNames.Bpmn + "definitions")
        {
            return new ParseResult(null, [DiagnosticFactory.NotBpmn(root.Name.ToString(), root.Location())]);
        }

        var (duplicates, duplicateDiagnostics) = FindDuplicateIds(root);
        var context = new ParseContext(ById(root, "message"), ById(root, "error"), duplicates);
        context.ReportAll(duplicateDiagnostics);

        var processElements = root.Elements(XmlNames.Bpmn + "process").ToList();
        if (processElements.Count == 0)
        {
            context.Report(DiagnosticFactory.NoProcess(root.Location()));
        }
        var processes = processElements
            .Where(p => !duplicates.Contains(p))
            .Select(p => ProcessReader.Read(p, context))
            .OfType<ProcessDefinition>()
            .ToList();
        return new ParseResult(new BpmnDefinitions(root.Text("targetNamespace"), processes), context.Diagnostics);
    }

    /// <summary>BPMN ids are document-wide (xs:ID); the first holder keeps the id, later ones are reported and skipped.</summary>
    private static (HashSet<XElement> Duplicates, List<Diagnostic> Diagnostics) FindDuplicateIds(XElement root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new HashSet<XElement>();
        var diagnostics = new List<Diagnostic>();
        foreach (var element in root.Descendants().Where(e => e.Name.Namespace == XmlNames.Bpmn))
        {
            if (element.Text("id") is { } id && !seen.Add(id))
            {
                duplicates.Add(element);
                diagnostics.Add(DiagnosticFactory.DuplicateId(id, element.Location()));
            }
        }
        return (duplicates, diagnostics);
    }

    private static Dictionary<string, XElement> ById(XElement root, string localName)
    {
        var map = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var element in root.Elements(XmlNames.Bpmn + localName))
        {
            if (element.Text("id") is { } id)
            {
                map.TryAdd(id, element);
            }
        }
        return map;
    }
}
