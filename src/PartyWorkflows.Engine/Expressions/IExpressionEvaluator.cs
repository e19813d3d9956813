using System.Text.Json;

namespace PartyWorkflows.Engine.Expressions;

/// <summary>Evaluates sandboxed JavaScript against process variables.</summary>
/// <remarks>Every failure surfaces as <see cref="ExpressionException"/>.</remarks>
public interface IExpressionEvaluator
{
    /// <summary>Checks the source for syntax errors without running it.</summary>
    /// <returns><see langword="null"/> when it compiles, otherwise an error message with line and column.</returns>
    string? TryCompile(string source, ExpressionKind kind);

    /// <summary>Evaluates an expression and applies JavaScript truthiness to the result.</summary>
    bool EvaluateCondition(string expression, IReadOnlyDictionary<string, JsonElement> variables);

    /// <summary>Evaluates an expression and returns its value as JSON (undefined becomes JSON null).</summary>
    JsonElement EvaluateValue(string expression, IReadOnlyDictionary<string, JsonElement> variables);

    /// <summary>Runs a script; variables it sets through <c>setVariable(name, value)</c> are returned, not applied.</summary>
    ScriptOutcome RunScript(string script, IReadOnlyDictionary<string, JsonElement> variables);
}
