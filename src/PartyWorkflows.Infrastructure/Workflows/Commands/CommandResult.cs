using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>What one committed command did, so the caller can schedule the timers it created.</summary>
/// <param name="State">The commanded instance as committed (after any called instance reported back).</param>
/// <param name="Executions">Every engine run of the transaction in order: the command first, then the called, calling or cancelled instances it moved.</param>
public sealed record CommandResult(InstanceState State, IReadOnlyList<ExecutionResult> Executions)
{
    public IEnumerable<SideEffect> Effects => Executions.SelectMany(e => e.Effects);
}
