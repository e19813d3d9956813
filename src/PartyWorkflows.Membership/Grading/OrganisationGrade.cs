namespace PartyWorkflows.Membership.Grading;

/// <summary>The four grassroots organisation levels (seed 001 §B.I.3, "Chất lượng tổ chức cơ sở đảng được xếp theo 4 mức").</summary>
public enum OrganisationGrade
{
    /// <summary>TSVM — "trong sạch, vững mạnh".</summary>
    CleanAndStrong,

    /// <summary>"hoàn thành tốt nhiệm vụ".</summary>
    Good,

    /// <summary>"hoàn thành nhiệm vụ".</summary>
    Completed,

    /// <summary>"yếu kém".</summary>
    Weak,
}
