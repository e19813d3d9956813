namespace PartyWorkflows.Web.Features.Tasks.Forms;

/// <summary>What a step's form captures, so the browser shows the right fields and the server checks the same ones.</summary>
/// <param name="Kind">vote (a cell meeting's count), approval (decision, comments, attachments), card (shows the allocated numbers) or general.</param>
/// <param name="Decision">The decision the gateway after the step reads; null when the step records no decision.</param>
public sealed record TaskFormSpec(string Kind, DecisionField? Decision = null);

/// <param name="Variable">The process variable the decision is written to, e.g. decision or approved.</param>
/// <param name="Options">The values the gateway knows; any other value would become an incident, so it is refused.</param>
/// <param name="IsBoolean">The options are true/false and are sent as JSON booleans.</param>
public sealed record DecisionField(string Variable, IReadOnlyList<string> Options, bool IsBoolean = false);

public static class TaskFormKinds
{
    public const string Vote = "vote";
    public const string Approval = "approval";
    public const string Card = "card";
    public const string General = "general";
}
