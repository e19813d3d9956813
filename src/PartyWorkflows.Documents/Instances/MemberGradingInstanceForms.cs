using PartyWorkflows.Documents.Grading;
using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The form of workflows/member-grading.bpmn: the cell's grading results list (seed 001_29955938909379e1.txt §B.II.3),
/// once grade-members has graded a ballot (grades is set). The grassroots committee's column fills in once it has
/// approved and neither a ballot nor its approval is pending: approved stays true through an absentee's ballot at the
/// next meeting (seed 001 §B.II.1), whose result the committee has still to decide.
/// </summary>
internal sealed class MemberGradingInstanceForms : IProcessForms
{
    public string ProcessId => "member-grading";

    public IReadOnlyList<StandardForm> Available(InstanceFacts facts) =>
        facts.Variables.ContainsKey("grades") ? [StandardForms.GradingResults] : [];

    private static readonly string[] PendingSteps = ["ballot", "grassrootsApproval"];

    public FormFile Generate(StandardForm form, InstanceFacts facts)
    {
        var variables = new MemberGradingVariables(facts.Variables);
        var decided = variables.Approved && !PendingSteps.Any(facts.OpenElements.Contains);
        return GradingResultForm.Write(new GradingResultList(
            CellSignatories.Header(facts),
            variables.Year ?? facts.Today.Year,
            CellSignatories.CellName(facts),
            variables.FullMembersOfCell,
            variables.Entries(decided),
            CellSignatories.Signature));
    }
}
