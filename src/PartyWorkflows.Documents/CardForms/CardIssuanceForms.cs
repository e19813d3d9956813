using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.CardForms;

/// <summary>
/// The card issuance forms of seed 000_29c5dfa480f916c0.txt §V.1–2 (Hướng dẫn 12-HD/BTCTW). The seed names the forms
/// but not their columns; the columns are those the standard forms carry and must be checked against the paper forms.
/// </summary>
public static class CardIssuanceForms
{
    /// <summary>
    /// 1-TĐV, the grassroots committee's list: §V.2 "đảng ủy cơ sở xét, gửi ... danh sách (theo mẫu 1-TĐV) đề nghị cấp
    /// ủy có thẩm quyền".
    /// </summary>
    public static FormFile Proposal(CardList list) => CardListDocument.Write(
        StandardForms.CardIssuanceProposal, list, MemberColumns.Particulars, CardListDocument.Cell, CardListDocument.Note);

    /// <summary>
    /// 1A-TĐV, the superior organization department's consolidated list, into which the province writes the numbers:
    /// §V.1 "cấp số thẻ đảng viên vào danh sách phát thẻ đảng viên của huyện ủy và tương đương (mẫu 1A-TĐV)".
    /// </summary>
    public static FormFile IssuanceList(CardList list) => CardListDocument.Write(
        StandardForms.CardIssuanceList, list, MemberColumns.Particulars, CardListDocument.CardNumber, CardListDocument.Grassroots, CardListDocument.Note);

    /// <summary>
    /// 8-TĐV, the card issuance book: §V.2 "Căn cứ thẻ đảng viên và danh sách phát thẻ đảng viên, vào sổ phát thẻ đảng
    /// viên (mẫu 8-TĐV) ... người nhận thẻ ký vào sổ".
    /// </summary>
    public static FormFile IssuanceBook(CardList list) => CardListDocument.Write(
        StandardForms.CardIssuanceBook, list, MemberColumns.Particulars, CardListDocument.CardNumber, CardListDocument.Grassroots,
        CardListDocument.Handwritten("Ngày nhận thẻ"), CardListDocument.Handwritten("Người nhận thẻ ký"), CardListDocument.Note);

    /// <summary>
    /// 9-TĐV, the hand-over of the cards to the grassroots committee: §V.2 "giao thẻ đảng viên cho cấp ủy cơ sở (mẫu
    /// 9-TĐV)", kept as "sổ giao nhận thẻ đảng viên (mẫu 9-TĐV)" (§V.5); signed by the giver and the receiver.
    /// </summary>
    public static FormFile HandOverBook(CardList list) => CardListDocument.Write(
        StandardForms.CardHandOverBook, list, [MemberColumns.FullName, MemberColumns.BirthDate], CardListDocument.CardNumber,
        CardListDocument.Cell, CardListDocument.Grassroots, CardListDocument.Handwritten("Ngày giao nhận"), CardListDocument.Handwritten("Người nhận ký"),
        CardListDocument.Note);
}
