using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Tests.Members;

namespace PartyWorkflows.Membership.Tests.Removal;

/// <summary>workflows/education-then-removal.bpmn with the member history's handlers (record-member-removed).</summary>
internal sealed class EducationThenRemovalEngine : ShippedWorkflowEngine
{
    public EducationThenRemovalEngine()
        : this(new RecordingMemberHistory())
    {
    }

    private EducationThenRemovalEngine(RecordingMemberHistory history)
        : base("education-then-removal.bpmn", Monday, [.. MemberHistoryHandlers.All(history)]) => History = history;

    /// <summary>What record-member-removed wrote onto the member's record.</summary>
    public RecordingMemberHistory History { get; }

    /// <summary>Seed 003 §2.3, first criterion.</summary>
    public const string Criterion = "Bỏ sinh hoạt đảng hoặc không đóng đảng phí dưới 03 tháng trong năm mà không có lý do chính đáng";

    /// <summary>
    /// The cell starts screening <paramref name="memberKey"/> (Nguyễn Văn Hùng) for <see cref="Criterion"/>;
    /// <paramref name="grassrootsCell"/> when it is a chi bộ cơ sở.
    /// </summary>
    public InstanceState Start(string memberKey, bool grassrootsCell) =>
        Host.Start("education-then-removal", Vars(
            ("grassrootsCell", grassrootsCell),
            ("member", new Dictionary<string, string> { ["memberKey"] = memberKey, ["fullName"] = "Nguyễn Văn Hùng", ["birthDate"] = "1979-06-14", ["admittedOn"] = "2008-05-19" }),
            ("criterion", Criterion)), businessKey: memberKey);

    /// <summary>The cell secretary assigns <paramref name="helperKey"/>, named <paramref name="helperName"/>, to help the member.</summary>
    public InstanceState AssignHelper(InstanceState instance, string helperKey, string helperName) =>
        Complete(instance, "assignHelper", ("helper", helperKey), ("helperName", helperName));

    /// <summary>A ballot of the cell meeting at <paramref name="elementId"/>: <paramref name="agree"/> of <paramref name="convened"/> full members.</summary>
    public InstanceState Vote(InstanceState instance, string elementId, int agree, int convened) =>
        Complete(instance, elementId, ("agree", agree), ("convened", convened));

    /// <summary>The cell reports a new violation of the member.</summary>
    public InstanceState NewViolation(InstanceState instance) => Host.Execute(instance.Id, new DeliverMessage("newViolation"));
}
