namespace PartyWorkflows.Membership.Rewards;

/// <summary>The periodic awards of seed 000_29c5dfa480f916c0.txt §VII: "giấy khen, bằng khen, tặng cờ".</summary>
public enum AwardKind
{
    /// <summary>Giấy khen.</summary>
    Certificate,

    /// <summary>Bằng khen.</summary>
    Diploma,

    /// <summary>Cờ.</summary>
    Flag,
}
