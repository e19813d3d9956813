using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// Service task apply-reward-quota of workflows/reward-nomination.bpmn: runs <see cref="RewardNominationQuota"/> on the
/// reviewing body's <c>round</c> (<see cref="RewardRound"/>) and tells where the nominee stands. Sets <c>quotaOutcome</c>
/// (kept | dropped | tied | notApplied) and <c>quotaReason</c>.
/// </summary>
public sealed class ApplyRewardQuotaHandler : IServiceTaskHandler
{
    public const string HandlerName = "apply-reward-quota";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var start = RewardNominationStart.From(context);
        var round = WorkflowVariables.Optional<RewardRound>(context, "round") ?? new RewardRound(0, []);
        var selection = RewardNominationQuota.Select(start.Recipient, start.Kind, start.DecidingBody, start.Periodic, round.Candidates, round.Basis);
        if (selection is not null && !round.Candidates.Any(c => c.Id == start.NomineeKey))
        {
            throw new InvalidOperationException($"Danh sách xét chỉ tiêu (round) phải có đề nghị {start.NomineeKey}.");
        }

        var (outcome, reason) = selection switch
        {
            null => ("notApplied", "Hình thức khen thưởng này không có chỉ tiêu số lượng."),
            _ when selection.Keep.Any(c => c.Id == start.NomineeKey) => ("kept", selection.Reason),
            _ when selection.TiedAtCutoff.Any(c => c.Id == start.NomineeKey) => ("tied", selection.Reason),
            _ => ("dropped", selection.Reason),
        };
        return new ServiceTaskResult(new Dictionary<string, JsonElement>
        {
            ["quotaOutcome"] = WorkflowVariables.ToElement(outcome),
            ["quotaReason"] = WorkflowVariables.ToElement(reason),
        });
    }
}
