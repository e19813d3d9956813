using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime;

public sealed record ExecutionResult(InstanceState State, IReadOnlyList<SideEffect> Effects);
