using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Rewards;

/// <summary>
/// Service task record-member-reward of reward-nomination.bpmn, on approval of a member's nomination (seed
/// 000_29c5dfa480f916c0.txt §VII: "ban tổ chức của cấp ủy vào sổ khen thưởng"): the reward goes onto the member's record.
/// Reads nomineeKey (the member key), awardKind, decidingBody and year.
/// </summary>
public sealed class RecordMemberRewardHandler(IMemberHistory history) : IServiceTaskHandler
{
    public const string HandlerName = "record-member-reward";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        history.RecordReward(new MemberReward(
            WorkflowVariables.Required<string>(context, "nomineeKey"),
            WorkflowVariables.Required<AwardKind>(context, "awardKind"),
            WorkflowVariables.Required<AwardingBody>(context, "decidingBody"),
            WorkflowVariables.Required<int>(context, "year"),
            context.InstanceId));
        return ServiceTaskResult.Empty;
    }
}
