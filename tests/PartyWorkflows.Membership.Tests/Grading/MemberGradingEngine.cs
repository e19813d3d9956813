using System.Text.Json;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Tests.Members;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Tests.Grading;

/// <summary>workflows/member-grading.bpmn with its grade-members handler and the member history's handlers, for one cell.</summary>
internal sealed class MemberGradingEngine(DateTimeOffset now, RecordingMemberHistory history)
    : ShippedWorkflowEngine("member-grading.bpmn", now, [new GradeMembersHandler(), .. MemberHistoryHandlers.All(history)])
{
    public MemberGradingEngine(DateTimeOffset now)
        : this(now, new RecordingMemberHistory())
    {
    }

    /// <summary>What record-member-grades wrote onto the members' records.</summary>
    public RecordingMemberHistory History => history;

    /// <summary>Monday 2 December 2024, 09:00 in Vietnam: seed 001 is in force.</summary>
    public static readonly DateTimeOffset December2024 = new(2024, 12, 2, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>Monday 1 December 2025, 09:00 in Vietnam: Quy định 366 is in force.</summary>
    public static readonly DateTimeOffset December2025 = new(2025, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    /// <param name="grassrootsCell">The cell is a chi bộ cơ sở; left out of the start variables when false, as the campaign does.</param>
    public InstanceState Start(int year, IReadOnlyList<CellMember> members, bool grassrootsCell = false)
    {
        var variables = new Dictionary<string, JsonElement> { ["year"] = WorkflowVariables.ToElement(year), ["members"] = WorkflowVariables.ToElement(members) };
        if (grassrootsCell)
        {
            variables["grassrootsCell"] = WorkflowVariables.ToElement(true);
        }

        return Host.Start("member-grading", variables, businessKey: $"member-grading/chi-bo-1/{year}");
    }

    /// <summary>Self-review, the cell committee's comments and the discussion, up to the ballot.</summary>
    public InstanceState UpToBallot(int year, IReadOnlyList<CellMember> members, bool grassrootsCell = false)
    {
        var instance = Start(year, members, grassrootsCell);
        instance = Complete(instance, "selfReview");
        instance = Complete(instance, "cellComments");
        return Complete(instance, "discussion");
    }

    public InstanceState Ballot(InstanceState instance, int fullMembers, params CellBallotEntry[] entries) =>
        Complete(instance, "ballot", new Dictionary<string, JsonElement>
        {
            ["ballot"] = WorkflowVariables.ToElement(new CellBallot(fullMembers, fullMembers, entries)),
        });

    public InstanceState Approve(InstanceState instance) => Complete(instance, "grassrootsApproval", ("approved", true));

    public InstanceState Return(InstanceState instance, params string[] memberKeys) =>
        Complete(instance, "grassrootsApproval", ("approved", false), ("returnedMembers", memberKeys), ("returnReason", "Đề nghị chi bộ xem xét lại."));

    public static Dictionary<string, MemberGradeRecord> Grades(InstanceState instance) =>
        instance.Variables["grades"].Deserialize<List<MemberGradeRecord>>(WorkflowVariables.Options)!.ToDictionary(r => r.MemberKey);

    public static List<string> Pending(InstanceState instance, string variable) =>
        instance.Variables[variable].Deserialize<List<PendingMember>>(WorkflowVariables.Options)!.Select(p => p.MemberKey).ToList();

    /// <summary><paramref name="count"/> full members dv-1…dv-N, admitted long ago.</summary>
    public static List<CellMember> Cell(int count) =>
        Enumerable.Range(1, count).Select(i => new CellMember($"dv-{i}", $"Đảng viên {i}", AdmittedOn: new DateOnly(2010, 1, 1))).ToList();
}
