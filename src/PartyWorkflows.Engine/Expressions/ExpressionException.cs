namespace PartyWorkflows.Engine.Expressions;

/// <summary>The single exception type for every expression or script failure.</summary>
public sealed class ExpressionException : Exception
{
    public ExpressionException(ExpressionFailure failure, string expression, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        Expression = expression;
    }

    /// <summary>What kind of failure occurred.</summary>
    public ExpressionFailure Failure { get; }

    /// <summary>The expression or script text as it was passed in.</summary>
    public string Expression { get; }
}
