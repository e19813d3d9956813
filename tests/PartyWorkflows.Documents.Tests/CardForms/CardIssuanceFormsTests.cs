using PartyWorkflows.Documents.CardForms;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Tests.Reading;
using static PartyWorkflows.Documents.Tests.SampleMembers;

namespace PartyWorkflows.Documents.Tests.CardForms;

/// <summary>1-TĐV, 1A-TĐV, 8-TĐV, 9-TĐV (seed 000_29c5dfa480f916c0.txt §V.1–2) generated and opened.</summary>
public sealed class CardIssuanceFormsTests
{
    private static readonly FormSignature Committee = new("T/M ĐẢNG ỦY", "BÍ THƯ");
    private static readonly FormSignature Department = new(null, "TRƯỞNG BAN");

    private static CardList Numbered(FormHeader header, params FormSignature[] signatures) => new(
        header,
        [
            new CardListEntry(Nhung, CardNumber: "30.000010", GrassrootsName: "Đảng bộ Trường THPT Phúc Lợi"),
            new CardListEntry(Manh, CardNumber: "30.000011", GrassrootsName: "Đảng bộ Trường THPT Phúc Lợi"),
            new CardListEntry(Huy, CardNumber: "30.000012", GrassrootsName: "Đảng bộ Trường THCS Phúc Lợi", Note: "Chuyển đến 2025"),
        ],
        signatures);

    [Fact]
    public void The_grassroots_list_1_TDV_lists_the_members_with_their_particulars_and_cell()
    {
        var list = new CardList(Grassroots, [.. All.Select(m => new CardListEntry(m))], [Committee]);
        var file = CardIssuanceForms.Proposal(list);

        Assert.Equal(("Mau-1-TDV.xlsx", XlsxFormWriter.ContentType), (file.FileName, file.ContentType));
        var sheet = OpenedSheet.Open(file.Content);
        var table = FormAssert.Layout(sheet, "Mẫu 1-TĐV", Grassroots, "DANH SÁCH ĐỀ NGHỊ PHÁT THẺ ĐẢNG VIÊN",
            ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Quê quán", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ", "Ghi chú"], 3);
        Assert.Equal(["ĐẢNG ỦY PHƯỜNG PHÚC LỢI", "ĐẢNG CỘNG SẢN VIỆT NAM"], sheet.Row(2));
        Assert.Equal(["2", "Trần Đức Mạnh", "21/11/1988", "Xã Đông Hưng, tỉnh Hưng Yên", "03/02/2025", "03/02/2026", "Chi bộ Giáo viên"], sheet.Row(table + 2));
        Assert.Equal("Chi bộ Tổ Khoa học tự nhiên", sheet[table + 3, 7]);
        FormAssert.Signed(sheet, table + 3, "T/M ĐẢNG ỦY", "BÍ THƯ");
    }

    [Fact]
    public void The_consolidated_list_1A_TDV_carries_the_allocated_numbers_in_list_order()
    {
        var file = CardIssuanceForms.IssuanceList(Numbered(SuperiorDepartment, Department));

        var sheet = OpenedSheet.Open(file.Content);
        var table = FormAssert.Layout(sheet, "Mẫu 1A-TĐV", SuperiorDepartment, "DANH SÁCH PHÁT THẺ ĐẢNG VIÊN",
            ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Quê quán", "Ngày vào Đảng", "Ngày chính thức", "Số thẻ đảng viên", "Đảng bộ, chi bộ cơ sở", "Ghi chú"], 3);
        Assert.Equal(["ĐẢNG ỦY PHƯỜNG PHÚC LỢI", "BAN TỔ CHỨC", "*"], [sheet[2, 1], sheet[3, 1], sheet[4, 1]]);
        Assert.Equal("30.000011", sheet[table + 2, 7]);
        Assert.Equal(["30.000010", "30.000011", "30.000012"], [sheet[table + 1, 7], sheet[table + 2, 7], sheet[table + 3, 7]]);
        Assert.Equal("Chuyển đến 2025", sheet[table + 3, 9]);
        FormAssert.Signed(sheet, table + 3, "TRƯỞNG BAN");
    }

    [Fact]
    public void The_issuance_book_8_TDV_leaves_the_receipt_date_and_signature_to_be_written_by_hand()
    {
        var file = CardIssuanceForms.IssuanceBook(Numbered(SuperiorDepartment, Department) with { Batch = "Kèm theo Quyết định số 45-QĐ/ĐU ngày 10/3/2026" });

        var sheet = OpenedSheet.Open(file.Content);
        var table = FormAssert.Layout(sheet, "Mẫu 8-TĐV", SuperiorDepartment, "SỔ PHÁT THẺ ĐẢNG VIÊN",
            ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Quê quán", "Ngày vào Đảng", "Ngày chính thức", "Số thẻ đảng viên",
             "Đảng bộ, chi bộ cơ sở", "Ngày nhận thẻ", "Người nhận thẻ ký", "Ghi chú"], 3);
        Assert.True(sheet.RowOf("Kèm theo Quyết định số 45-QĐ/ĐU ngày 10/3/2026") == sheet.RowOf("SỔ PHÁT THẺ ĐẢNG VIÊN") + 1);
        Assert.Equal("Nguyễn Thị Hồng Nhung", sheet[table + 1, 2]);
        Assert.Equal("30.000010", sheet[table + 1, 7]);
        Assert.Equal(string.Empty, sheet[table + 1, 10]);
    }

    [Fact]
    public void The_hand_over_9_TDV_is_signed_by_the_giver_and_the_receiver()
    {
        var file = CardIssuanceForms.HandOverBook(Numbered(SuperiorDepartment, new FormSignature(null, "NGƯỜI GIAO"), new FormSignature(null, "NGƯỜI NHẬN")));

        var sheet = OpenedSheet.Open(file.Content);
        var table = FormAssert.Layout(sheet, "Mẫu 9-TĐV", SuperiorDepartment, "SỔ GIAO NHẬN THẺ ĐẢNG VIÊN",
            ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Số thẻ đảng viên", "Chi bộ", "Đảng bộ, chi bộ cơ sở", "Ngày giao nhận", "Người nhận ký", "Ghi chú"], 3);
        Assert.Equal(["2", "Trần Đức Mạnh", "21/11/1988", "30.000011", "Chi bộ Giáo viên", "Đảng bộ Trường THPT Phúc Lợi"], sheet.Row(table + 2));
        var signatures = sheet.RowOf("NGƯỜI GIAO");
        Assert.True(signatures > table + 3);
        Assert.Equal(["NGƯỜI GIAO", "NGƯỜI NHẬN"], sheet.Row(signatures));
    }
}
