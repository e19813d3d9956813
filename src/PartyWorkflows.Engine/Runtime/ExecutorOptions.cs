namespace PartyWorkflows.Engine.Runtime;

public sealed record ExecutorOptions
{
    /// <summary>Element visits one command may make; more means a loop without a wait state, which becomes an incident.</summary>
    public int MaxStepsPerCommand { get; init; } = 10_000;

    /// <summary>Iterations of a standard loop without loopMaximum before it becomes an incident.</summary>
    public int MaxLoopIterations { get; init; } = 1_000;

    /// <summary>Instances a multi-instance activity may create.</summary>
    public int MaxMultiInstanceCount { get; init; } = 10_000;

    /// <summary>Keep element started/completed lines in the history (the instance view marks done elements from them).</summary>
    public bool RecordElementHistory { get; init; } = true;

    public static ExecutorOptions Default { get; } = new();
}
