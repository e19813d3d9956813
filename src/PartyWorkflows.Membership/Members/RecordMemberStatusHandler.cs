using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Members;

/// <summary>
/// A service task that puts the case's decision on the member's status onto the record, effective on the day of the
/// decision (Vietnam time). One class, one handler name per decision, because a BPMN service task carries no arguments.
/// Reads memberKey, or member.memberKey where the case keeps the member as an object (education-then-removal).
/// </summary>
public sealed class RecordMemberStatusHandler(string name, MemberStatus to, string reason, IMemberHistory history) : IServiceTaskHandler
{
    /// <summary>exemption.bpmn, on approval (seed 003_8ecac7def258469f.txt §1.4).</summary>
    public const string Exempted = "record-member-exempted";

    /// <summary>exemption.bpmn, when the member returns to party work and activity (seed 003 §1.4).</summary>
    public const string Returned = "record-member-returned";

    /// <summary>education-then-removal.bpmn, on the removal decision (seed 003 appendix §2).</summary>
    public const string Removed = "record-member-removed";

    public string Name => name;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var memberKey = WorkflowVariables.Optional<string>(context, "memberKey")
            ?? WorkflowVariables.Optional<MemberRef>(context, "member")?.MemberKey;
        if (string.IsNullOrEmpty(memberKey))
        {
            throw new InvalidOperationException("Thiếu biến memberKey (hoặc member.memberKey) của quy trình.");
        }

        history.ChangeStatus(new MemberStatusChange(
            memberKey, to, reason, VietnamTime.DateOf(context.Now), context.InstanceId));
        return ServiceTaskResult.Empty;
    }

    private sealed record MemberRef(string? MemberKey);
}
