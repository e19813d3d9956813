using System.Text.Json;

namespace PartyWorkflows.Engine.Expressions;

public enum ExpressionKind { Expression, Script }

public interface IExpressionEvaluator
{
    string? TryCompile(string source, ExpressionKind kind);
    bool EvaluateCondition(string expression, IReadOnlyDictionary<string, JsonElement> variables);
    JsonElement EvaluateValue(string expression, IReadOnlyDictionary<string, JsonElement> variables);
    ScriptOutcome RunScript(string script, IReadOnlyDictionary<string, JsonElement> variables);
}

public sealed record ScriptOutcome(IReadOnlyDictionary<string, JsonElement> SetVariables, JsonElement? Result);
