namespace PartyWorkflows.Engine.Expressions;

/// <summary>How a piece of JavaScript source is interpreted.</summary>
public enum ExpressionKind
{
    /// <summary>A single JavaScript expression, e.g. a sequence-flow condition.</summary>
    Expression,

    /// <summary>A statement list, e.g. a script task body; may call <c>setVariable</c>.</summary>
    Script,
}
