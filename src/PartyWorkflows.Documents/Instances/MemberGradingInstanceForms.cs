using PartyWorkflows.Documents.Grading;
using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The form of workflows/member-grading.bpmn: the cell's grading results list (seed 001_29955938909379e1.txt §B.II.3),
/// once grade-members has graded a ballot (grades is set); the grassroots committee's column fills in once it approves.
/// </summary>
internal sealed class MemberGradingInstanceForms : IProcessForms
{
    public string ProcessId => "member-grading";

    public IReadOnlyList<StandardForm> Available(InstanceFacts facts) =>
        facts.Variables.ContainsKey("grades") ? [StandardForms.GradingResults] : [];

    public FormFile Generate(StandardForm form, InstanceFacts facts)
    {
        var variables = new MemberGradingVariables(facts.Variables);
        return GradingResultForm.Write(new GradingResultList(
            CellSignatories.Header(facts),
            variables.Year ?? facts.Today.Year,
            CellSignatories.CellName(facts),
            variables.FullMembersOfCell,
            variables.Entries(),
            CellSignatories.Signature));
    }
}
