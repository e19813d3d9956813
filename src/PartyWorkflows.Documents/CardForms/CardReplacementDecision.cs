using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.CardForms;

/// <summary>
/// 4-TĐV, the standing committee's decision to re-issue lost cards or exchange damaged ones (seed
/// 000_29c5dfa480f916c0.txt §V.3 "ban thường vụ cấp ủy xét, ra quyết định cấp lại thẻ đảng viên bị mất hoặc đổi lại thẻ
/// đảng viên bị hỏng (theo mẫu 4-TĐV)"), with the list of members attached. A Word document: recitals, articles, list,
/// signature "T/M BAN THƯỜNG VỤ". The recitals are the usual ones; to be checked against the paper form.
/// </summary>
public static class CardReplacementDecision
{
    /// <param name="list">Header: the superior committee issuing the decision, its number; entries: the members.</param>
    public static FormFile Write(CardList list, CardReplacementReason reason)
    {
        var form = StandardForms.ReplacementDecision;
        var committee = list.Header.IssuerName;
        var action = reason == CardReplacementReason.Lost ? "cấp lại thẻ đảng viên bị mất" : "đổi lại thẻ đảng viên bị hỏng";
        var numbered = reason == CardReplacementReason.Lost
            ? (new FormColumn("Số thẻ đảng viên mới", 13), (Func<CardListEntry, string?>)(e => e.NewCardNumber))
            : CardListDocument.CardNumber;
        var document = new FormDocument(
            form.FormCode,
            list.Header,
            "Quyết định",
            [$"Về việc {action}"],
            MemberTable.Of(list.Entries, e => e.Member, [MemberColumns.FullName, MemberColumns.BirthDate, MemberColumns.AdmittedOn],
                numbered, CardListDocument.Grassroots),
            [new FormSignature("T/M BAN THƯỜNG VỤ", "BÍ THƯ")])
        {
            Preamble =
            [
                new FormParagraph(VietnameseText.Upper($"Ban Thường vụ {committee}"), Heading: true),
                "- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                "- Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương về nghiệp vụ công tác đảng viên;",
                $"- Xét đề nghị của Ban Tổ chức {committee},",
                new FormParagraph("QUYẾT ĐỊNH:", Heading: true),
                $"Điều 1. {Capitalised(action)} cho {list.Entries.Count} đồng chí có tên trong danh sách dưới đây:",
            ],
            Closing =
            [
                $"Điều 2. Ban Tổ chức {committee}, cấp ủy cơ sở có liên quan và các đồng chí có tên tại Điều 1 thi hành Quyết định này.",
            ],
        };
        return FormWriter.Write(form, document);
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
