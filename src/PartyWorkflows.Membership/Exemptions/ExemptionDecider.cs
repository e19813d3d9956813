namespace PartyWorkflows.Membership.Exemptions;

/// <summary>Who grants the exemption (seed 003 §1.4).</summary>
public enum ExemptionDecider
{
    /// <summary>Age and health: "chi bộ xét, ra nghị quyết, báo cáo cấp ủy cấp trên trực tiếp, lập danh sách theo dõi".</summary>
    Cell,

    /// <summary>Other grounds: "Chi bộ xem xét ra nghị quyết, đề nghị Đảng ủy quyết định".</summary>
    Grassroots,
}
