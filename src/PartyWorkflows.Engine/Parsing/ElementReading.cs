using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>Small typed readers over XML attributes and child elements; bad values become diagnostics, not exceptions.</summary>
internal static class ElementReading
{
    public static SourceLocation Location(this XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? new SourceLocation(info.LineNumber, info.LinePosition) : default;

    /// <summary>Attribute value, with blank treated as absent: modelers write empty attributes for cleared fields.</summary>
    public static string? Text(this XElement element, XName attribute) => NullIfBlank(element.Attribute(attribute)?.Value);

    /// <summary>Trimmed text of the first BPMN child element of that name, or null when absent or blank.</summary>
    public static string? ChildText(this XElement element, string bpmnName) =>
        NullIfBlank(element.Element(XmlNames.Bpmn + bpmnName)?.Value);

    public static IEnumerable<XElement> BpmnChildren(this XElement element) =>
        element.Elements().Where(e => e.Name.Namespace == XmlNames.Bpmn);

    /// <summary>Camunda extension elements of that name under <c>extensionElements</c>.</summary>
    public static IEnumerable<XElement> Extensions(this XElement element, XName name) =>
        element.Elements(XmlNames.Bpmn + "extensionElements").Elements(name);

    public static bool Boolean(this XElement element, XName attribute, bool fallback, string elementId, ParseContext context)
    {
        var text = element.Text(attribute);
        if (text is null)
        {
            return fallback;
        }
        try
        {
            return XmlConvert.ToBoolean(text);
        }
        catch (FormatException)
        {
            context.Report(DiagnosticFactory.BadAttributeValue(
                elementId, XmlNames.Display(attribute), text, ExpectedValue.Boolean, element.Location()));
            return fallback;
        }
    }

    public static int? NonNegativeInteger(this XElement element, XName attribute, string elementId, ParseContext context)
    {
        var text = element.Text(attribute);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        context.Report(DiagnosticFactory.BadAttributeValue(
            elementId, XmlNames.Display(attribute), text, ExpectedValue.NonNegativeInteger, element.Location()));
        return null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
