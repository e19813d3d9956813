namespace PartyWorkflows.Engine.Expressions;

/// <summary>Normalizes expression text taken from BPMN attributes.</summary>
public static class ExpressionText
{
    /// <summary>
    /// Strips a Camunda-style <c>${ ... }</c> or <c>#{ ... }</c> wrapper and surrounding whitespace;
    /// plain JavaScript is returned trimmed.
    /// </summary>
    public static string Unwrap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var wrapped = trimmed.Length >= 3
            && (trimmed[0] == '$' || trimmed[0] == '#')
            && trimmed[1] == '{'
            && trimmed[^1] == '}';
        return wrapped ? trimmed[2..^1].Trim() : trimmed;
    }
}
