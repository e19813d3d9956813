namespace PartyWorkflows.Engine.Model;

public sealed class SequenceFlow : FlowElement
{
    public required string SourceRef { get; init; }
    public required string TargetRef { get; init; }

    /// <summary>JavaScript condition (Camunda-style <c>${...}</c> wrapper allowed); null when unconditional.</summary>
    public string? Condition { get; init; }

    public override string ElementType => "sequenceFlow";
}
