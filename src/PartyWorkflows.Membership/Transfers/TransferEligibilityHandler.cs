using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Transfers;

/// <summary>
/// Service task party-transfer-eligibility: reads underInspection, complaintPending and underDisciplinaryReview (booleans
/// the sending grassroots committee set) and sets transferBlocked and blockReason (<see cref="TransferEligibility"/>).
/// </summary>
public sealed class TransferEligibilityHandler : IServiceTaskHandler
{
    public const string HandlerName = "party-transfer-eligibility";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        var assessment = TransferEligibility.Assess(new TransferStanding(
            Flag(context, "underInspection"), Flag(context, "complaintPending"), Flag(context, "underDisciplinaryReview")));
        return new ServiceTaskResult(new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["transferBlocked"] = JsonSerializer.SerializeToElement(assessment.Blocked),
            ["blockReason"] = JsonSerializer.SerializeToElement(assessment.Reason),
        });
    }

    private static bool Flag(ServiceTaskContext context, string name) => WorkflowVariables.Required<bool?>(context, name)!.Value;
}
