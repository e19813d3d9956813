using System.Text.Json;

namespace PartyWorkflows.Web.Features.Tasks.Forms;

/// <summary>The server-side check of a completed form: the same rules the browser applies, so no client can skip them.</summary>
public static class TaskFormCheck
{
    /// <returns>Errors keyed by variable name; empty when the variables fit the step's form.</returns>
    public static Dictionary<string, string[]> Check(TaskFormSpec form, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var errors = form.Kind == TaskFormKinds.Vote ? VoteCount.Check(variables) : [];
        if (form.Decision is { } decision && !Allowed(decision, variables))
        {
            errors[decision.Variable] = [$"Chọn một quyết định ({decision.Variable}): {string.Join(", ", decision.Options)}."];
        }

        return errors;
    }

    private static bool Allowed(DecisionField decision, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (variables is null || !variables.TryGetValue(decision.Variable, out var value))
        {
            return false;
        }

        return decision.IsBoolean
            ? value.ValueKind is JsonValueKind.True or JsonValueKind.False
            : value.ValueKind == JsonValueKind.String && decision.Options.Contains(value.GetString());
    }
}
