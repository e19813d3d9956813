namespace PartyWorkflows.Membership.CardCheck;

/// <summary>
/// Whose card a cell checks. Seed 002_773bfcc68234de1e.txt §2: "các đảng viên chính thức (có đảng số) và đảng viên sinh
/// hoạt đảng tạm thời (đảng số ở nơi chi bộ giới thiệu đi) ở chi bộ nào, thì chi bộ đó kiểm tra"; "Chỉ đóng dấu kiểm tra
/// kỹ thuật đối với thẻ đảng của đảng viên được chi bộ, đảng bộ cơ sở xác nhận là đảng viên; đảng viên đã ra khỏi Đảng
/// không được đóng dấu kiểm tra"; §5 "có đối chiếu với danh sách đảng viên Ban Tổ chức Đảng ủy Khối đang quản lý".
/// A temporarily attached member is checked where they attend, so <see cref="CardCheckMember.IsTemporary"/> never excludes.
/// </summary>
public static class CardCheckScope
{
    public static CardCheckExclusion Exclusion(CardCheckMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.HasLeftParty)
        {
            return CardCheckExclusion.LeftParty;
        }

        if (!member.OnPartyRegister)
        {
            return CardCheckExclusion.NotOnRegister;
        }

        return member.IsFullMember ? CardCheckExclusion.None : CardCheckExclusion.Probationary;
    }
}
