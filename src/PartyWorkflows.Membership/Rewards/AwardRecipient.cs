namespace PartyWorkflows.Membership.Rewards;

/// <summary>Who receives a periodic award, one per subsection of seed 000_29c5dfa480f916c0.txt §VII.1–4.</summary>
public enum AwardRecipient
{
    /// <summary>§VII.1 "chi bộ trực thuộc đảng ủy cơ sở".</summary>
    Cell,

    /// <summary>§VII.2 "tổ chức cơ sở đảng".</summary>
    GrassrootsOrganisation,

    /// <summary>§VII.3 "đảng bộ huyện và tương đương".</summary>
    DistrictOrganisation,

    /// <summary>§VII.4 "đảng viên".</summary>
    Member,
}
