using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.CardForms;

/// <summary>
/// The forms for re-issuing lost and exchanging damaged cards, seed 000_29c5dfa480f916c0.txt §V.3: "đảng ủy cơ sở xét,
/// gửi danh sách (theo mẫu 2-TĐV và 3-TĐV) ...; ban tổ chức của cấp ủy có thẩm quyền tập hợp lập danh sách (theo mẫu
/// 2A-TĐV và 3A-TĐV) báo cáo ban thường vụ cấp ủy xét, ra quyết định ... (theo mẫu 4-TĐV)". 2 lists lost cards, 3
/// damaged ones, in the order the seed names them. Columns as the standard forms carry them; to be checked against the
/// paper forms.
/// </summary>
public static class CardReplacementForms
{
    private static readonly (FormColumn, Func<CardListEntry, string?>) NewCardNumber = (new FormColumn("Số thẻ đảng viên mới", 13), e => e.NewCardNumber);

    /// <summary>2-TĐV (lost) or 3-TĐV (damaged), the grassroots committee's list.</summary>
    public static FormFile Proposal(CardList list, CardReplacementReason reason) => CardListDocument.Write(
        reason == CardReplacementReason.Lost ? StandardForms.LostCardProposal : StandardForms.DamagedCardProposal,
        list, MemberColumns.Particulars, CardListDocument.Cell, CardListDocument.CardNumber, ReasonColumn(reason), CardListDocument.Note);

    /// <summary>2A-TĐV (lost, with the new number once allocated) or 3A-TĐV (damaged, same number), the superior's list.</summary>
    public static FormFile ConsolidatedList(CardList list, CardReplacementReason reason) => reason == CardReplacementReason.Lost
        ? CardListDocument.Write(StandardForms.LostCardList, list, MemberColumns.Particulars,
            CardListDocument.CardNumber, NewCardNumber, ReasonColumn(reason), CardListDocument.Grassroots, CardListDocument.Note)
        : CardListDocument.Write(StandardForms.DamagedCardList, list, MemberColumns.Particulars,
            CardListDocument.CardNumber, ReasonColumn(reason), CardListDocument.Grassroots, CardListDocument.Note);

    private static (FormColumn, Func<CardListEntry, string?>) ReasonColumn(CardReplacementReason reason) =>
        (new FormColumn(reason == CardReplacementReason.Lost ? "Lý do mất thẻ" : "Lý do hỏng thẻ", 24), e => e.Reason);
}
