namespace PartyWorkflows.Membership.Exemptions;

/// <summary>The two kinds of exemption from party work and activity in seed 003 §1.4.</summary>
public enum ExemptionGround
{
    /// <summary>"do tuổi cao, sức yếu" - old age and poor health, with a medical certificate.</summary>
    AgeAndHealth,

    /// <summary>"không phải do tuổi cao sức yếu" - any other ground (Hướng dẫn 38-HD/BTCTW §IV 1.2), for a set period.</summary>
    Other,
}
