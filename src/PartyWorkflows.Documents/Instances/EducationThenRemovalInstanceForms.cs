using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Members;
using PartyWorkflows.Documents.Screening;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// The forms of workflows/education-then-removal.bpmn, one member per case (seed 003_8ecac7def258469f.txt appendix §2):
/// the education-and-help list once the list ballot has passed (the grassroots approval or, for a chi bộ cơ sở, the
/// self-criticism opens), with the helper once assigned; the removal list once the removal ballot opens, with its votes
/// once held. The variables are those of the BPMN header comment: member, criterion, listAgree / listConvened, helper /
/// helperName, removalAgree / removalConvened.
/// </summary>
internal sealed class EducationThenRemovalInstanceForms : IProcessForms
{
    public string ProcessId => "education-then-removal";

    public IReadOnlyList<StandardForm> Available(InstanceFacts facts)
    {
        var listed = facts.ReachedElements.Contains("grassrootsApproval") || facts.ReachedElements.Contains("selfCriticism");
        return
        [
            .. listed ? [StandardForms.EducationList] : Array.Empty<StandardForm>(),
            .. facts.ReachedElements.Contains("removalVote") ? [StandardForms.RemovalList] : Array.Empty<StandardForm>(),
        ];
    }

    public FormFile Generate(StandardForm form, InstanceFacts facts)
    {
        var variables = facts.Variables;
        var member = variables.TryGetValue("member", out var particulars)
            ? MemberJson.Particulars(particulars)
            : new MemberParticulars(string.Empty, CardCaseSignatories.Unknown, null, null, null, null, null);
        var criterion = JsonVariables.Text(variables, "criterion") ?? CardCaseSignatories.Unknown;
        var education = form == StandardForms.EducationList;
        var entry = education
            ? new ScreeningEntry(member, criterion, JsonVariables.Number(variables, "listAgree"),
                JsonVariables.Text(variables, "helperName") ?? JsonVariables.Text(variables, "helper"))
            : new ScreeningEntry(member, criterion, JsonVariables.Number(variables, "removalAgree"), Note: RemovalGround(facts));
        return ScreeningListForm.Write(new ScreeningList(
            CellSignatories.Header(facts),
            education ? ScreeningListKind.EducationAndHelp : ScreeningListKind.Removal,
            CellSignatories.CellName(facts),
            JsonVariables.Number(variables, education ? "listConvened" : "removalConvened"),
            [entry],
            CellSignatories.Signature));
    }

    /// <summary>
    /// Appendix §2 reaches the removal ballot two ways: the progress ballot failed ("Bước 3"), or a new violation during the
    /// help period ("Lưu ý"), which skips the progress ballot.
    /// </summary>
    private static string RemovalGround(InstanceFacts facts) => facts.ReachedElements.Contains("progressVote")
        ? "Chi bộ không công nhận sự tiến bộ sau thời gian giáo dục, giúp đỡ"
        : "Phát sinh vi phạm mới trong thời gian giáo dục, giúp đỡ";
}
