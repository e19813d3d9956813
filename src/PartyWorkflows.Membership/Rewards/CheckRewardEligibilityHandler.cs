using System.Text.Json;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// Service task check-reward-eligibility of workflows/reward-nomination.bpmn: runs <see cref="RewardNominationEligibility"/>
/// on the start variables and the proposal's <c>record</c> (<see cref="RewardNominationRecord"/>), nominated on the day
/// the task runs (Vietnam time). Sets <c>eligible</c> and <c>eligibilityReason</c>.
/// </summary>
public sealed class CheckRewardEligibilityHandler : IServiceTaskHandler
{
    public const string HandlerName = "check-reward-eligibility";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var start = RewardNominationStart.From(context);
        var record = WorkflowVariables.Required<RewardNominationRecord>(context, "record");
        var outcome = RewardNominationEligibility.Check(new RewardNomination(
            start.Recipient, start.Kind, start.DecidingBody, start.Periodic, start.Year,
            VietnamTime.DateOf(context.Now), record.RegisteredAtStartOfYear,
            record.OrganisationYears ?? [], record.MemberYears ?? [], record.LastSuperiorAwardOn, record.LastProvinceAwardOn));
        return new ServiceTaskResult(new Dictionary<string, JsonElement>
        {
            ["eligible"] = WorkflowVariables.ToElement(outcome.Allowed),
            ["eligibilityReason"] = WorkflowVariables.ToElement(outcome.Reason),
        });
    }
}
