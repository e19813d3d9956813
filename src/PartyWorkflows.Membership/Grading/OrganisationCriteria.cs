namespace PartyWorkflows.Membership.Grading;

/// <summary>Maximum points per criterion, seed 001_29955938909379e1.txt §B.I.1; they add up to 100.</summary>
public static class OrganisationCriteria
{
    public static IReadOnlyDictionary<OrganisationCriterion, int> MaxPoints { get; } = new Dictionary<OrganisationCriterion, int>
    {
        // "Về lãnh đạo thực hiện nhiệm vụ chính trị: số điểm tối đa là 30"
        [OrganisationCriterion.PoliticalTasks] = 30,
        // "Về lãnh đạo công tác giáo dục chính trị, tư tưởng: số điểm tối đa là 15"
        [OrganisationCriterion.PoliticalEducation] = 15,
        // "Về lãnh đạo công tác xây dựng tổ chức đảng và đảng viên: số điểm tối đa là 15"
        [OrganisationCriterion.PartyBuilding] = 15,
        // "Về lãnh đạo công tác cán bộ và công tác bảo vệ chính trị nội bộ: số điểm tối đa là 10"
        [OrganisationCriterion.CadresAndInternalSecurity] = 10,
        // "Về lãnh đạo và thực hiện công tác kiểm tra, giám sát: số điểm tối đa là 10"
        [OrganisationCriterion.InspectionAndSupervision] = 10,
        // "Về lãnh đạo các tổ chức chính trị - xã hội: số điểm tối đa là 5"
        [OrganisationCriterion.MassOrganisations] = 5,
        // "Về thực hiện việc học tập tư tưởng và làm theo tấm gương đạo đức Hồ Chí Minh: số điểm tối đa là 15"
        [OrganisationCriterion.HoChiMinhExample] = 15,
    };

    public const int Total = 100;
}
