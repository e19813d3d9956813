using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Badges;

/// <summary>
/// Service task record-badge-award of badge-award.bpmn, after the province's standing committee approved and the superior
/// committee's organization department wrote the badge number (seed 000_29c5dfa480f916c0.txt §VI.4): the badge goes onto
/// the member's record, awarded on the day of that step (Vietnam time). Reads memberKey, milestoneYears and badgeNumber
/// (optional: the recording step may leave it unset).
/// </summary>
public sealed class RecordBadgeAwardHandler(IMemberHistory history) : IServiceTaskHandler
{
    public const string HandlerName = "record-badge-award";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        history.RecordBadge(new MemberBadge(
            WorkflowVariables.Required<string>(context, "memberKey"),
            WorkflowVariables.Required<int>(context, "milestoneYears"),
            WorkflowVariables.Optional<string>(context, "badgeNumber"),
            VietnamTime.DateOf(context.Now),
            context.InstanceId));
        return ServiceTaskResult.Empty;
    }
}
