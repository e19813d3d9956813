using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// Service task record-member-grades of member-grading.bpmn, after the grassroots committee approved (or the superior
/// committee recognised) the results: each graded member's level of the year goes onto the member's record (seed
/// 001_29955938909379e1.txt §B.II.5, §D.II.4). Reads year and grades; members not graded this year are left out.
/// </summary>
public sealed class RecordMemberGradesHandler(IMemberHistory history) : IServiceTaskHandler
{
    public const string HandlerName = "record-member-grades";

    public string Name => HandlerName;

    public ServiceTaskResult Execute(ServiceTaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var year = WorkflowVariables.Required<int>(context, "year");
        var graded = WorkflowVariables.Required<List<MemberGradeRecord>>(context, "grades")
            .Where(r => r is { Disposition: GradingDisposition.Graded, Grade: not null })
            .Select(r => new MemberGrading(r.MemberKey, r.Grade!.Value))
            .ToList();
        history.RecordGrades(context.InstanceId, year, graded, context.Now);
        return ServiceTaskResult.Empty;
    }
}
