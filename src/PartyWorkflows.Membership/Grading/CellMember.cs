namespace PartyWorkflows.Membership.Grading;

/// <summary>
/// A member of the cell as the annual grading campaign lists them (start variable <c>members</c> of
/// workflows/member-grading.bpmn), with the standing facts behind the special cases of seed 001 §B.II.1 and §B.II.5.
/// </summary>
/// <param name="Full">A full member ("chính thức"); probationary members are graded but do not vote.</param>
/// <param name="Exempted">"miễn công tác và sinh hoạt đảng".</param>
/// <param name="Suspended">Party activity suspended (Quy định 366).</param>
/// <param name="AdmittedOn">Date of admission; Quy định 366 does not grade members admitted less than 6 months before.</param>
/// <param name="Retired">Retired but party activity not yet transferred to the place of residence.</param>
/// <param name="AwayMonths">Whole months working away from the place of residence.</param>
/// <param name="UnderDiscipline">Serving a penalty of reprimand or higher in the year.</param>
public sealed record CellMember(
    string MemberKey,
    string FullName,
    bool Full = true,
    bool Exempted = false,
    bool Suspended = false,
    DateOnly? AdmittedOn = null,
    bool Retired = false,
    int AwayMonths = 0,
    bool UnderDiscipline = false);
