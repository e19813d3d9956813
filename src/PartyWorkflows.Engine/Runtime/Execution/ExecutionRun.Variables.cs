using System.Text.Json;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Execution;

/// <summary>
/// Variable scoping: a scope sees its own variables over its parents'; a write goes to the nearest scope that already
/// has the variable, else to the instance (as in Camunda), so multi-instance items stay local.
/// </summary>
internal sealed partial class ExecutionRun
{
    private static readonly JsonElement NullValue = JsonSerializer.SerializeToElement<object?>(null);

    private IReadOnlyDictionary<string, JsonElement> VariablesOf(int scopeId) =>
        scopeId == 0 ? _state.Variables : OverlayScopes(scopeId, new Dictionary<string, JsonElement>(_state.Variables, StringComparer.Ordinal));

    /// <summary>Variables of the nested scopes only (not the instance's), for a task to show its item.</summary>
    private IReadOnlyDictionary<string, JsonElement>? LocalVariablesOf(int scopeId)
    {
        if (scopeId == 0)
        {
            return null;
        }

        var local = OverlayScopes(scopeId, new Dictionary<string, JsonElement>(StringComparer.Ordinal));
        return local.Count == 0 ? null : local;
    }

    /// <summary>Writes the variables of the scope and its ancestors over <paramref name="target"/>, innermost last so it wins.</summary>
    private Dictionary<string, JsonElement> OverlayScopes(int scopeId, Dictionary<string, JsonElement> target)
    {
        var chain = new List<ScopeState>();
        for (var id = scopeId; id != 0; id = chain[^1].ParentScopeId)
        {
            chain.Add(Scope(id));
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (name, value) in chain[i].Variables)
            {
                target[name] = value;
            }
        }

        return target;
    }

    private void SetVariables(int scopeId, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null)
        {
            return;
        }

        foreach (var (name, value) in variables)
        {
            SetVariable(scopeId, name, value);
        }
    }

    private void SetVariable(int scopeId, string name, JsonElement value)
    {
        while (scopeId != 0)
        {
            var scope = Scope(scopeId);
            if (scope.Variables.ContainsKey(name))
            {
                scope.Variables[name] = value;
                return;
            }

            scopeId = scope.ParentScopeId;
        }

        _state.Variables[name] = value;
    }

    private bool Condition(string expression, int scopeId, string elementId, IReadOnlyDictionary<string, JsonElement>? overlay = null)
    {
        var variables = VariablesOf(scopeId);
        if (overlay is not null)
        {
            var combined = new Dictionary<string, JsonElement>(variables, StringComparer.Ordinal);
            foreach (var (name, value) in overlay)
            {
                combined[name] = value;
            }

            variables = combined;
        }

        try
        {
            return _services.Expressions.EvaluateCondition(ExpressionText.Unwrap(expression), variables);
        }
        catch (ExpressionException ex)
        {
            throw new IncidentException(IncidentKinds.Expression, $"Condition of '{elementId}' failed: {ex.Message}", ex);
        }
    }

    private JsonElement Evaluate(string expression, IReadOnlyDictionary<string, JsonElement> variables, string elementId)
    {
        try
        {
            return _services.Expressions.EvaluateValue(ExpressionText.Unwrap(expression), variables);
        }
        catch (ExpressionException ex)
        {
            throw new IncidentException(IncidentKinds.Expression, $"Expression of '{elementId}' failed: {ex.Message}", ex);
        }
    }
}
