using PartyWorkflows.Documents.CardForms;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Tests.Reading;
using static PartyWorkflows.Documents.Tests.SampleMembers;

namespace PartyWorkflows.Documents.Tests.CardForms;

/// <summary>2-TĐV, 2A-TĐV, 3-TĐV, 3A-TĐV and the decision 4-TĐV (seed 000_29c5dfa480f916c0.txt §V.3) generated and opened.</summary>
public sealed class CardReplacementFormsTests
{
    private static readonly string[] Particulars = ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Quê quán", "Ngày vào Đảng", "Ngày chính thức"];

    private static CardList Lost(FormHeader header, FormSignature signature) => new(
        header,
        [
            new CardListEntry(Nhung, CardNumber: "30.000010", NewCardNumber: "30.000101", Reason: "Mất cùng ví khi đi công tác", GrassrootsName: "Đảng bộ Trường THPT Phúc Lợi"),
            new CardListEntry(Manh, CardNumber: "30.000011", NewCardNumber: "30.000102", Reason: "Nhà bị ngập lụt", GrassrootsName: "Đảng bộ Trường THPT Phúc Lợi"),
        ],
        [signature]);

    [Fact]
    public void The_grassroots_list_of_lost_cards_2_TDV_gives_the_old_number_and_the_reason()
    {
        var sheet = OpenedSheet.Open(CardReplacementForms.Proposal(Lost(Grassroots, new("T/M ĐẢNG ỦY", "BÍ THƯ")), CardReplacementReason.Lost).Content);

        var table = FormAssert.Layout(sheet, "Mẫu 2-TĐV", Grassroots, "DANH SÁCH ĐỀ NGHỊ CẤP LẠI THẺ ĐẢNG VIÊN BỊ MẤT",
            [.. Particulars, "Chi bộ", "Số thẻ đảng viên", "Lý do mất thẻ", "Ghi chú"], 2);
        Assert.Equal(["2", "Trần Đức Mạnh", "21/11/1988", "Xã Đông Hưng, tỉnh Hưng Yên", "03/02/2025", "03/02/2026", "Chi bộ Giáo viên", "30.000011", "Nhà bị ngập lụt"],
            sheet.Row(table + 2));
        FormAssert.Signed(sheet, table + 2, "T/M ĐẢNG ỦY", "BÍ THƯ");
    }

    [Fact]
    public void The_superior_list_of_lost_cards_2A_TDV_adds_the_new_number()
    {
        var file = CardReplacementForms.ConsolidatedList(Lost(SuperiorDepartment, new(null, "TRƯỞNG BAN")), CardReplacementReason.Lost);

        Assert.Equal("Mau-2A-TDV.xlsx", file.FileName);
        var sheet = OpenedSheet.Open(file.Content);
        var table = FormAssert.Layout(sheet, "Mẫu 2A-TĐV", SuperiorDepartment, "DANH SÁCH ĐỀ NGHỊ CẤP LẠI THẺ ĐẢNG VIÊN BỊ MẤT",
            [.. Particulars, "Số thẻ đảng viên", "Số thẻ đảng viên mới", "Lý do mất thẻ", "Đảng bộ, chi bộ cơ sở", "Ghi chú"], 2);
        Assert.Equal(("30.000010", "30.000101"), (sheet[table + 1, 7], sheet[table + 1, 8]));
        Assert.Equal("30.000102", sheet[table + 2, 8]);
    }

    [Fact]
    public void The_damaged_card_lists_3_TDV_and_3A_TDV_keep_the_number_and_give_the_damage()
    {
        var list = new CardList(Grassroots, [new CardListEntry(Huy, CardNumber: "30.000012", Reason: "Thẻ bị rách, bong lớp ép nhựa", GrassrootsName: "Đảng bộ Trường THCS Phúc Lợi")],
            [new FormSignature("T/M ĐẢNG ỦY", "BÍ THƯ")]);

        var grassroots = OpenedSheet.Open(CardReplacementForms.Proposal(list, CardReplacementReason.Damaged).Content);
        var row = FormAssert.Layout(grassroots, "Mẫu 3-TĐV", Grassroots, "DANH SÁCH ĐỀ NGHỊ ĐỔI LẠI THẺ ĐẢNG VIÊN BỊ HỎNG",
            [.. Particulars, "Chi bộ", "Số thẻ đảng viên", "Lý do hỏng thẻ", "Ghi chú"], 1) + 1;
        Assert.Equal(("Lê Quang Huy", "30.000012", "Thẻ bị rách, bong lớp ép nhựa"), (grassroots[row, 2], grassroots[row, 8], grassroots[row, 9]));

        var superior = OpenedSheet.Open(CardReplacementForms.ConsolidatedList(list with { Header = SuperiorDepartment }, CardReplacementReason.Damaged).Content);
        row = FormAssert.Layout(superior, "Mẫu 3A-TĐV", SuperiorDepartment, "DANH SÁCH ĐỀ NGHỊ ĐỔI LẠI THẺ ĐẢNG VIÊN BỊ HỎNG",
            [.. Particulars, "Số thẻ đảng viên", "Lý do hỏng thẻ", "Đảng bộ, chi bộ cơ sở", "Ghi chú"], 1) + 1;
        Assert.Equal(("30.000012", "Đảng bộ Trường THCS Phúc Lợi"), (superior[row, 7], superior[row, 9]));
    }

    [Fact]
    public void The_decision_4_TDV_is_a_document_with_recitals_articles_the_list_and_the_standing_committee_signature()
    {
        var header = new FormHeader("Thành ủy Hà Nội", "Đảng ủy phường Phúc Lợi", "Phúc Lợi", Today, "Số 45-QĐ/ĐU");
        var file = CardReplacementDecision.Write(Lost(header, new("T/M BAN THƯỜNG VỤ", "BÍ THƯ")), CardReplacementReason.Lost);

        Assert.Equal(("Mau-4-TDV.docx", DocxFormWriter.ContentType), (file.FileName, file.ContentType));
        var document = OpenedDocument.Open(file.Content);
        Assert.Equal("Mẫu 4-TĐV", document.Paragraphs[0]);
        var headerBlock = Assert.Single(document.Tables[0]);
        Assert.Equal("THÀNH ỦY HÀ NỘI\nĐẢNG ỦY PHƯỜNG PHÚC LỢI\n*\nSố 45-QĐ/ĐU", headerBlock[0]);
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM\n\nPhúc Lợi, ngày 20 tháng 3 năm 2026", headerBlock[1]);
        Assert.Contains("QUYẾT ĐỊNH", document.Paragraphs);
        Assert.Contains("Về việc cấp lại thẻ đảng viên bị mất", document.Paragraphs);
        Assert.Contains("BAN THƯỜNG VỤ ĐẢNG ỦY PHƯỜNG PHÚC LỢI", document.Paragraphs);
        Assert.Contains("Điều 1. Cấp lại thẻ đảng viên bị mất cho 2 đồng chí có tên trong danh sách dưới đây:", document.Paragraphs);
        Assert.StartsWith("Điều 2. Ban Tổ chức Đảng ủy phường Phúc Lợi", document.Paragraphs[^2]);

        var list = document.Tables[1];
        Assert.Equal(["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Ngày vào Đảng", "Số thẻ đảng viên mới", "Đảng bộ, chi bộ cơ sở"], list[0]);
        Assert.Equal(3, list.Count);
        Assert.Equal(["2", "Trần Đức Mạnh", "21/11/1988", "03/02/2025", "30.000102", "Đảng bộ Trường THPT Phúc Lợi"], list[2]);

        var signature = Assert.Single(document.Tables[2]);
        Assert.Equal(string.Empty, signature[0]);
        Assert.StartsWith("T/M BAN THƯỜNG VỤ\nBÍ THƯ", signature[1]);
    }
}
