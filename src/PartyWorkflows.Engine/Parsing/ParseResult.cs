using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <param name="Definitions">
/// Null when the document could not be read as BPMN at all. Otherwise filled even when there are errors, leaving out
/// only the broken elements, so the designer can still show the rest; never deploy a result with <see cref="HasErrors"/>.
/// </param>
public sealed record ParseResult(BpmnDefinitions? Definitions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
