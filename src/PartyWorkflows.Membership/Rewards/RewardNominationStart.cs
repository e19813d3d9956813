using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Rewards;

/// <summary>The start variables of workflows/reward-nomination.bpmn that its handlers read.</summary>
public sealed record RewardNominationStart(string NomineeKey, AwardRecipient Recipient, AwardKind Kind, AwardingBody DecidingBody, bool Periodic, int Year)
{
    public static RewardNominationStart From(ServiceTaskContext context) => new(
        WorkflowVariables.Required<string>(context, "nomineeKey"),
        WorkflowVariables.Required<AwardRecipient>(context, "recipient"),
        WorkflowVariables.Required<AwardKind>(context, "awardKind"),
        WorkflowVariables.Required<AwardingBody>(context, "decidingBody"),
        WorkflowVariables.Required<bool>(context, "periodic"),
        WorkflowVariables.Required<int>(context, "year"));
}
