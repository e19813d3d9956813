namespace PartyWorkflows.Engine.Expressions;

/// <summary>Why an expression or script failed.</summary>
public enum ExpressionFailure
{
    /// <summary>The source does not parse (or is not a single expression where one is required).</summary>
    SyntaxError,

    /// <summary>The script threw, e.g. a ReferenceError for an unknown variable.</summary>
    RuntimeError,

    /// <summary>The script ran longer than <see cref="ExpressionLimits.Timeout"/>.</summary>
    Timeout,

    /// <summary>The script executed more than <see cref="ExpressionLimits.MaxStatements"/> statements.</summary>
    StatementLimit,

    /// <summary>The script allocated more than <see cref="ExpressionLimits.MemoryBytes"/>.</summary>
    MemoryLimit,

    /// <summary>The script recursed deeper than <see cref="ExpressionLimits.MaxRecursionDepth"/>.</summary>
    RecursionLimit,
}
