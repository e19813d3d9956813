using PartyWorkflows.Documents.CardForms;
using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.CardCheck;

/// <summary>
/// The cell's member lists of the card technical check, seed 002_773bfcc68234de1e.txt §3.1: "lập danh sách đề nghị đóng
/// dấu kiểm tra kỹ thuật thẻ đảng viên (theo mẫu 2-KTTĐV)", "danh sách đề nghị đổi lại thẻ đảng viên bị hỏng (theo mẫu
/// 3-KTTĐV); danh sách đề nghị cấp lại thẻ đảng viên bị mất (theo mẫu 4-KTTĐV); danh sách đảng viên chính thức chưa được
/// đổi và phát thẻ đảng viên (theo mẫu 5-KTTĐV)". The seed gives no columns; these are the card lists' columns and must be
/// checked against the paper forms. The cell column lets the grassroots committee send one list covering all its cells
/// (§3.2 "các danh sách đề nghị gửi kèm thẻ").
/// </summary>
public static class CardCheckForms
{
    private static readonly IReadOnlyList<MemberColumn> Particulars = [.. MemberColumns.Particulars, MemberColumns.Cell];

    /// <summary>2-KTTĐV: members whose card the cell vouches for, to be stamped (§2: only members the cell confirms).</summary>
    public static FormFile StampProposal(CardList list) => CardListDocument.Write(
        StandardForms.StampProposal, list, Particulars, CardListDocument.CardNumber, CardListDocument.Note);

    /// <summary>3-KTTĐV: damaged cards to exchange, sent with the card and 2 photos.</summary>
    public static FormFile DamagedCards(CardList list) => CardListDocument.Write(
        StandardForms.CheckDamagedCards, list, Particulars, CardListDocument.CardNumber, Reason("Lý do hỏng thẻ"), CardListDocument.Note);

    /// <summary>4-KTTĐV: lost cards to re-issue, sent with the member's account of the loss and 2 photos.</summary>
    public static FormFile LostCards(CardList list) => CardListDocument.Write(
        StandardForms.CheckLostCards, list, Particulars, CardListDocument.CardNumber, Reason("Lý do mất thẻ"), CardListDocument.Note);

    /// <summary>5-KTTĐV: full members who have no card yet (no number column: they have none).</summary>
    public static FormFile MembersWithoutCard(CardList list) => CardListDocument.Write(
        StandardForms.MembersWithoutCard, list, Particulars, Reason("Lý do chưa được đổi, phát thẻ"), CardListDocument.Note);

    private static (FormColumn, Func<CardListEntry, string?>) Reason(string heading) => (new FormColumn(heading, 24), e => e.Reason);
}
