namespace PartyWorkflows.Engine.Expressions;

/// <summary>Resource limits applied to every single evaluation.</summary>
/// <param name="Timeout">Wall-clock budget.</param>
/// <param name="MaxStatements">Maximum number of executed statements.</param>
/// <param name="MemoryBytes">Maximum bytes allocated by the evaluating thread.</param>
/// <param name="MaxRecursionDepth">Maximum depth of recursive calls of one function.</param>
public sealed record ExpressionLimits(TimeSpan Timeout, int MaxStatements, long MemoryBytes, int MaxRecursionDepth)
{
    public static ExpressionLimits Default { get; } = new(TimeSpan.FromSeconds(2), 100_000, 16L * 1024 * 1024, 64);

    internal void Validate()
    {
        // Jint treats non-positive values as "no limit", which would silently disable the sandbox.
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxStatements, 0, nameof(MaxStatements));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MemoryBytes, 0, nameof(MemoryBytes));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxRecursionDepth, 0, nameof(MaxRecursionDepth));
    }
}
