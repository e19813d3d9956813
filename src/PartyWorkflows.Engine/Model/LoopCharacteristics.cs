namespace PartyWorkflows.Engine.Model;

public abstract record LoopCharacteristics;

/// <param name="Collection">Expression yielding the array to iterate (camunda:collection).</param>
/// <param name="ElementVariable">Local variable holding the current item (camunda:elementVariable).</param>
/// <param name="LoopCardinality">Expression yielding the number of instances when there is no collection.</param>
/// <param name="CompletionCondition">Evaluated after each instance; true ends the activity early.</param>
public sealed record MultiInstanceLoop(
    bool IsSequential,
    string? Collection,
    string? ElementVariable,
    string? LoopCardinality,
    string? CompletionCondition) : LoopCharacteristics;

/// <param name="LoopCondition">Repeat while true (evaluated after each iteration unless TestBefore).</param>
/// <param name="LoopMaximum">Iterations allowed before the loop becomes an incident.</param>
public sealed record StandardLoop(string? LoopCondition, int? LoopMaximum, bool TestBefore) : LoopCharacteristics;
