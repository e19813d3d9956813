namespace PartyWorkflows.Membership.Rewards;

/// <summary>The committee that decides an award (seed 000_29c5dfa480f916c0.txt §VII).</summary>
public enum AwardingBody
{
    /// <summary>"đảng ủy cơ sở" or, for its own members, "chi bộ cơ sở".</summary>
    GrassrootsCommittee,

    /// <summary>"ban thường vụ huyện ủy và tương đương" (seed 001 §C: the Đảng ủy Khối's standing committee).</summary>
    SuperiorCommittee,

    /// <summary>"ban thường vụ tỉnh ủy và tương đương".</summary>
    Province,
}
