namespace PartyWorkflows.Engine.Model;

/// <summary>Anything in a process with an id: flow nodes and sequence flows.</summary>
public abstract class FlowElement
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public SourceLocation Location { get; init; }

    /// <summary>Id of the process or embedded sub-process that contains this element.</summary>
    public required string ScopeId { get; init; }

    /// <summary>BPMN element name as written in XML (userTask, exclusiveGateway, ...).</summary>
    public abstract string ElementType { get; }

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Id : Name!;
}
