using System.Xml.Linq;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <param name="All">camunda:in/out variables="all" was present.</param>
/// <param name="BusinessKey">camunda:in businessKey: the called instance's business key (an expression).</param>
internal sealed record VariableMappings(bool All, IReadOnlyList<VariableMapping> Mappings, string? BusinessKey);

/// <summary>Reads the camunda:in / camunda:out variable mappings of a call activity.</summary>
internal static class VariableMappingReader
{
    public static VariableMappings Read(XElement callActivity, XName mappingName, string activityId, ParseContext context)
    {
        var all = false;
        string? businessKey = null;
        var mappings = new List<VariableMapping>();
        foreach (var mapping in callActivity.Extensions(mappingName))
        {
            if (mapping.Text("variables") == "all")
            {
                all = true;
                continue;
            }
            if (mapping.Text("businessKey") is { } key)
            {
                businessKey = key;
                continue;
            }
            var display = XmlNames.Display(mappingName);
            var source = mapping.Text("source");
            var expression = mapping.Text("sourceExpression");
            var target = mapping.Text("target");
            if (source is null && expression is null)
            {
                context.Report(DiagnosticFactory.MissingAttribute(activityId, display, "source | sourceExpression", mapping.Location()));
            }
            else if (target is null)
            {
                context.Report(DiagnosticFactory.MissingAttribute(activityId, display, "target", mapping.Location()));
            }
            else
            {
                mappings.Add(new VariableMapping(expression ?? source!, target, IsExpression: expression is not null));
            }
        }
        return new VariableMappings(all, mappings, businessKey);
    }
}
