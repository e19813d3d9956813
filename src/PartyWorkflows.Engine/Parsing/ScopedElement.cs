using System.Xml.Linq;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>A flow node or sequence flow found in a process, with the process or sub-process that contains it.</summary>
internal sealed record ScopedElement(XElement Element, string Id, string ScopeId)
{
    public string Kind => Element.Name.LocalName;
}
