using System.Text.Json;

namespace PartyWorkflows.Engine.Expressions;

/// <summary>What a script produced.</summary>
/// <param name="SetVariables">Variables recorded with <c>setVariable</c>; the last call per name wins.</param>
/// <param name="Result">The script's completion value (for <c>camunda:resultVariable</c>); <see langword="null"/> when undefined.</param>
public sealed record ScriptOutcome(IReadOnlyDictionary<string, JsonElement> SetVariables, JsonElement? Result);
