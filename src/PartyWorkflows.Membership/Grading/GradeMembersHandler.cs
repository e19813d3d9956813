using System.Text.Json;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Service task grade-members of workflows/member-grading.bpmn: runs <see cref="CellGrading"/> on the cell meeting's ballot,
/// dated the day the task runs (Vietnam time) — the policy in force on that day applies. Reads <c>members</c>
/// (<see cref="CellMember"/>[]), <c>ballot</c> (<see cref="CellBallot"/>) and, optionally, <c>grades</c> (settled
/// earlier), <c>returnedMembers</c> (keys sent back for correction) and <c>outstandingUnit</c> (Quy định 366's 25 %
/// quota). Sets <c>grades</c>, <c>revoteMembers</c>, <c>tiedMembers</c>, <c>deferredMembers</c>, <c>quotaReason</c>,
/// <c>gradingPolicy</c>, <c>cellMustVoteAgain</c>, <c>membersDeferred</c> and clears <c>returnedMembers</c>.
/// </summary>
public sealed class GradeMembersHandler : IServiceTaskHandler
{
    public const string HandlerName = "grade-members";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var members = WorkflowVariables.Required<List<CellMember>>(context, "members");
        var ballot = WorkflowVariables.Required<CellBallot>(context, "ballot");
        var returned = WorkflowVariables.Optional<List<string>>(context, "returnedMembers") ?? [];
        var settledEarlier = (WorkflowVariables.Optional<List<MemberGradeRecord>>(context, "grades") ?? [])
            .Where(r => !returned.Contains(r.MemberKey, StringComparer.Ordinal))
            .ToList();

        var outstandingUnit = WorkflowVariables.Optional<bool>(context, "outstandingUnit");
        var result = CellGrading.Grade(VietnamTime.DateOf(context.Now), members, ballot, settledEarlier, outstandingUnit);
        return new ServiceTaskResult(new Dictionary<string, JsonElement>
        {
            ["grades"] = WorkflowVariables.ToElement(result.Settled),
            ["revoteMembers"] = WorkflowVariables.ToElement(result.Revote),
            ["tiedMembers"] = WorkflowVariables.ToElement(result.TiedAtCutoff),
            ["deferredMembers"] = WorkflowVariables.ToElement(result.Deferred),
            ["quotaReason"] = WorkflowVariables.ToElement(result.QuotaReason),
            ["gradingPolicy"] = WorkflowVariables.ToElement(result.Policy),
            ["cellMustVoteAgain"] = WorkflowVariables.ToElement(result.Revote.Count > 0 || result.TiedAtCutoff.Count > 0),
            ["membersDeferred"] = WorkflowVariables.ToElement(result.Deferred.Count > 0),
            ["returnedMembers"] = WorkflowVariables.ToElement(Array.Empty<string>()),
        });
    }
}
