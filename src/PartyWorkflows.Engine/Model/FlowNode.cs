namespace PartyWorkflows.Engine.Model;

/// <summary>A node tokens visit: event, activity or gateway.</summary>
public abstract class FlowNode : FlowElement
{
    public IReadOnlyList<string> Incoming { get; init; } = [];
    public IReadOnlyList<string> Outgoing { get; init; } = [];
}
