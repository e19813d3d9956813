namespace PartyWorkflows.Engine.Model;

public abstract class Gateway : FlowNode
{
    /// <summary>Flow taken when no condition holds (exclusive and inclusive gateways).</summary>
    public string? DefaultFlow { get; init; }
}

public sealed class ExclusiveGateway : Gateway
{
    public override string ElementType => "exclusiveGateway";
}

public sealed class ParallelGateway : Gateway
{
    public override string ElementType => "parallelGateway";
}

public sealed class InclusiveGateway : Gateway
{
    public override string ElementType => "inclusiveGateway";
}
