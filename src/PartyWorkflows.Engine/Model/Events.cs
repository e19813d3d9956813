namespace PartyWorkflows.Engine.Model;

public sealed class StartEvent : FlowNode
{
    /// <summary>Null for a none start event.</summary>
    public EventDefinition? Trigger { get; init; }
    public override string ElementType => "startEvent";
}

public sealed class EndEvent : FlowNode
{
    /// <summary>Null for a none end event; terminate or error otherwise.</summary>
    public EventDefinition? Result { get; init; }
    public override string ElementType => "endEvent";
}

public sealed class IntermediateCatchEvent : FlowNode
{
    public required EventDefinition Trigger { get; init; }
    public override string ElementType => "intermediateCatchEvent";
}

public sealed class BoundaryEvent : FlowNode
{
    public required string AttachedToRef { get; init; }
    public bool CancelActivity { get; init; } = true;
    public required EventDefinition Trigger { get; init; }
    public override string ElementType => "boundaryEvent";
}
