using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Exemptions;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Tests.Members;

namespace PartyWorkflows.Membership.Tests.Exemptions;

/// <summary>workflows/exemption.bpmn with its assessment handler, from Monday 2/3/2026.</summary>
internal sealed class ExemptionEngine(RecordingMemberHistory history)
    : ShippedWorkflowEngine("exemption.bpmn", Monday, [new ExemptionAssessmentHandler(), .. MemberHistoryHandlers.All(history)])
{
    public ExemptionEngine()
        : this(new RecordingMemberHistory())
    {
    }

    /// <summary>What record-member-exempted and record-member-returned wrote onto the member's record.</summary>
    public RecordingMemberHistory History => history;

    public InstanceState Start() => Host.Start("exemption", Vars(("memberKey", "dv-7"), ("fullName", "Lê Văn Cường")), businessKey: "exemption/dv-7");

    /// <summary>An application on other grounds from 2/3/2026 to 31/8/2026.</summary>
    public InstanceState ApplyForPeriod(InstanceState instance, bool extension = false, bool verified = false) =>
        Complete(instance, "application", ("ground", "other"), ("exemptFrom", "2026-03-02"), ("exemptUntil", "2026-08-31"),
            ("isExtension", extension), ("extensionVerified", verified));

    public InstanceState ApplyForAgeAndHealth(InstanceState instance, bool certificate) =>
        Complete(instance, "application", ("ground", "ageAndHealth"), ("exemptFrom", "2026-03-02"), ("hasMedicalCertificate", certificate));

    public InstanceState CellAgrees(InstanceState instance) => Complete(instance, "cellResolution", ("agree", 5), ("fullMembers", 9));
}
