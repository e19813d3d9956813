namespace PartyWorkflows.Membership.Grading;

/// <summary>The 7 tasks a grassroots organisation is scored on (seed 001 §B.I.1, "chấm điểm kết quả thực hiện 7 nhiệm vụ").</summary>
public enum OrganisationCriterion
{
    PoliticalTasks,
    PoliticalEducation,
    PartyBuilding,
    CadresAndInternalSecurity,
    InspectionAndSupervision,
    MassOrganisations,
    HoChiMinhExample,
}
