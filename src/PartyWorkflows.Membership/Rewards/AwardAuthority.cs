namespace PartyWorkflows.Membership.Rewards;

/// <summary>Which committee decides which periodic award, seed 000_29c5dfa480f916c0.txt §VII.1–4 (Hướng dẫn 12-HD/BTCTW).</summary>
public static class AwardAuthority
{
    public static IReadOnlyList<AwardingBody> DecidingBodies(AwardRecipient recipient, AwardKind kind) => (recipient, kind) switch
    {
        // §VII.1: "Đảng ủy cơ sở ... quyết định tặng giấy khen hoặc đề nghị ban thường vụ huyện ủy và tương đương tặng giấy khen
        // hoặc đề nghị ban thường vụ tỉnh ủy và tương đương tặng bằng khen cho chi bộ."
        (AwardRecipient.Cell, AwardKind.Certificate) => [AwardingBody.GrassrootsCommittee, AwardingBody.SuperiorCommittee],
        (AwardRecipient.Cell, AwardKind.Diploma) => [AwardingBody.Province],

        // §VII.2: "Ban tổ chức huyện ủy ... quyết định tặng giấy khen, hoặc đề nghị ban thường vụ tỉnh ủy và tương đương tặng bằng
        // khen, hoặc tặng cờ cho tổ chức cơ sở đảng"; "Ban tổ chức tỉnh ủy ... quyết định tặng bằng khen, hoặc tặng cờ".
        (AwardRecipient.GrassrootsOrganisation, AwardKind.Certificate) => [AwardingBody.SuperiorCommittee],
        (AwardRecipient.GrassrootsOrganisation, AwardKind.Diploma or AwardKind.Flag) => [AwardingBody.Province],

        // §VII.3: "ban thường vụ ... xét, quyết định tặng bằng khen hoặc tặng cờ cho đảng bộ huyện và tương đương".
        (AwardRecipient.DistrictOrganisation, AwardKind.Diploma or AwardKind.Flag) => [AwardingBody.Province],

        // §VII.4: "Chi bộ cơ sở xét, quyết định tặng giấy khen cho đảng viên của chi bộ"; "đề nghị đảng ủy cơ sở xét tặng giấy khen
        // hoặc đề nghị ban thường vụ huyện ủy và tương đương tặng giấy khen hoặc đề nghị ban thường vụ tỉnh ủy ... tặng bằng khen".
        (AwardRecipient.Member, AwardKind.Certificate) => [AwardingBody.GrassrootsCommittee, AwardingBody.SuperiorCommittee],
        (AwardRecipient.Member, AwardKind.Diploma) => [AwardingBody.Province],

        // A flag for a cell or a member, a certificate for a district organisation: §VII names no such award.
        _ => [],
    };

    public static RewardOutcome Check(AwardRecipient recipient, AwardKind kind, AwardingBody body)
    {
        var bodies = DecidingBodies(recipient, kind);
        if (bodies.Count == 0)
        {
            return RewardOutcome.Deny($"Hướng dẫn không quy định hình thức {Label(kind)} cho {Label(recipient)}.");
        }

        return bodies.Contains(body)
            ? RewardOutcome.Allow($"{Label(body)} có thẩm quyền quyết định tặng {Label(kind)} cho {Label(recipient)}.")
            : RewardOutcome.Deny($"{Label(body)} không có thẩm quyền tặng {Label(kind)} cho {Label(recipient)}; thẩm quyền thuộc {string.Join(" hoặc ", bodies.Select(Label))}.");
    }

    private static string Label(AwardKind kind) => kind switch
    {
        AwardKind.Certificate => "giấy khen",
        AwardKind.Diploma => "bằng khen",
        _ => "cờ",
    };

    private static string Label(AwardRecipient recipient) => recipient switch
    {
        AwardRecipient.Cell => "chi bộ trực thuộc đảng ủy cơ sở",
        AwardRecipient.GrassrootsOrganisation => "tổ chức cơ sở đảng",
        AwardRecipient.DistrictOrganisation => "đảng bộ huyện và tương đương",
        _ => "đảng viên",
    };

    private static string Label(AwardingBody body) => body switch
    {
        AwardingBody.GrassrootsCommittee => "Đảng ủy cơ sở (chi bộ cơ sở)",
        AwardingBody.SuperiorCommittee => "Ban Thường vụ cấp ủy cấp trên trực tiếp",
        _ => "Ban Thường vụ Tỉnh ủy",
    };
}
