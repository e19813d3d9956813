using PartyWorkflows.Documents.CardCheck;
using PartyWorkflows.Documents.CardForms;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Tests.Reading;
using static PartyWorkflows.Documents.Tests.SampleMembers;

namespace PartyWorkflows.Documents.Tests.CardCheck;

/// <summary>The card technical check forms 1–7-KTTĐV (seed 002_773bfcc68234de1e.txt §3–4) generated and opened.</summary>
public sealed class CardCheckFormsTests
{
    private static readonly FormHeader Cell = new("Đảng bộ Trường THPT Phúc Lợi", "Chi bộ Giáo viên", "Phúc Lợi", new DateOnly(2021, 4, 20));
    private static readonly FormSignature CellSecretary = new("T/M CHI BỘ", "BÍ THƯ");
    private const string Campaign = "Kiểm tra kỹ thuật thẻ đảng viên lần thứ tư (từ 15/4/2021 đến 15/5/2021)";
    internal static readonly string[] Particulars = ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Quê quán", "Ngày vào Đảng", "Ngày chính thức", "Chi bộ"];

    internal static readonly string[] UsageHeadings =
    [
        "Tổng số đảng viên", "Đảng viên chính thức", "Số thẻ đã kiểm tra", "Thẻ đề nghị đóng dấu kiểm tra kỹ thuật", "Thẻ bị hỏng đề nghị đổi lại",
        "Thẻ bị mất đề nghị cấp lại", "Đảng viên chính thức chưa được phát thẻ", "Sử dụng, bảo quản thẻ chưa đúng quy định",
    ];

    [Fact]
    public void The_stamp_proposal_2_KTTDV_lists_the_cards_the_cell_vouches_for()
    {
        var list = new CardList(Cell, [new CardListEntry(Nhung, CardNumber: "30.000010"), new CardListEntry(Manh, CardNumber: "30.000011")], [CellSecretary]);

        var sheet = OpenedSheet.Open(CardCheckForms.StampProposal(list).Content);

        var table = FormAssert.Layout(sheet, "Mẫu 2-KTTĐV", Cell, "DANH SÁCH ĐỀ NGHỊ ĐÓNG DẤU KIỂM TRA KỸ THUẬT THẺ ĐẢNG VIÊN", [.. Particulars, "Số thẻ đảng viên", "Ghi chú"], 2);
        Assert.Equal(("Trần Đức Mạnh", "30.000011"), (sheet[table + 2, 2], sheet[table + 2, 8]));
        FormAssert.Signed(sheet, table + 2, "T/M CHI BỘ", "BÍ THƯ");
    }

    [Fact]
    public void The_damaged_lost_and_cardless_lists_3_4_5_KTTDV_give_the_reason()
    {
        var damaged = OpenedSheet.Open(CardCheckForms.DamagedCards(new CardList(Cell, [new CardListEntry(Nhung, "30.000010", Reason: "Thẻ bị ố, mờ chữ")], [CellSecretary])).Content);
        var row = FormAssert.Layout(damaged, "Mẫu 3-KTTĐV", Cell, "DANH SÁCH ĐỀ NGHỊ ĐỔI LẠI THẺ ĐẢNG VIÊN BỊ HỎNG", [.. Particulars, "Số thẻ đảng viên", "Lý do hỏng thẻ", "Ghi chú"], 1) + 1;
        Assert.Equal(("30.000010", "Thẻ bị ố, mờ chữ"), (damaged[row, 8], damaged[row, 9]));

        var lost = OpenedSheet.Open(CardCheckForms.LostCards(new CardList(Cell, [new CardListEntry(Manh, "30.000011", Reason: "Mất khi chuyển nhà")], [CellSecretary])).Content);
        row = FormAssert.Layout(lost, "Mẫu 4-KTTĐV", Cell, "DANH SÁCH ĐỀ NGHỊ CẤP LẠI THẺ ĐẢNG VIÊN BỊ MẤT", [.. Particulars, "Số thẻ đảng viên", "Lý do mất thẻ", "Ghi chú"], 1) + 1;
        Assert.Equal("Mất khi chuyển nhà", lost[row, 9]);

        var cardless = OpenedSheet.Open(CardCheckForms.MembersWithoutCard(new CardList(Cell,
            [new CardListEntry(Huy, Reason: "Được công nhận chính thức sau ngày 15/4/2021"), new CardListEntry(Manh, Reason: "Chưa nộp ảnh")], [CellSecretary])).Content);
        row = FormAssert.Layout(cardless, "Mẫu 5-KTTĐV", Cell, "DANH SÁCH ĐẢNG VIÊN CHÍNH THỨC CHƯA ĐƯỢC ĐỔI VÀ PHÁT THẺ ĐẢNG VIÊN",
            [.. Particulars, "Lý do chưa được đổi, phát thẻ", "Ghi chú"], 2) + 1;
        Assert.Equal(["1", "Lê Quang Huy", "14/07/1995", "Phường Trường Vinh, tỉnh Nghệ An", "19/05/2025", "19/05/2026", "Chi bộ Tổ Khoa học tự nhiên", "Được công nhận chính thức sau ngày 15/4/2021"], cardless.Row(row));
    }

    [Fact]
    public void The_cell_report_1_KTTDV_is_one_row_of_figures_without_a_total()
    {
        var report = new CardCheckReport<CardUsageCounts>(Cell, Campaign,
            [new UnitFigures<CardUsageCounts>("Chi bộ Giáo viên", new CardUsageCounts(18, 16, 15, 13, 1, 1, 1, 0))], [CellSecretary]);

        var sheet = OpenedSheet.Open(CardCheckReports.CellReport(report).Content);

        var table = FormAssert.Layout(sheet, "Mẫu 1-KTTĐV", Cell, "BIỂU BÁO CÁO TÌNH HÌNH SỬ DỤNG VÀ BẢO QUẢN THẺ ĐẢNG VIÊN", ["TT", "Chi bộ", .. UsageHeadings], 1);
        Assert.Equal(sheet.RowOf("BIỂU BÁO CÁO TÌNH HÌNH SỬ DỤNG VÀ BẢO QUẢN THẺ ĐẢNG VIÊN") + 1, sheet.RowOf(Campaign));
        Assert.Equal(["1", "Chi bộ Giáo viên", "18", "16", "15", "13", "1", "1", "1", "0"], sheet.Row(table + 1));
        Assert.Equal(0, sheet.RowStartingWith(FormTable.TotalLabel));
    }

    [Fact]
    public void The_consolidated_report_6_KTTDV_adds_up_the_cells()
    {
        var header = new FormHeader("Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Trường THPT Phúc Lợi", "Phúc Lợi", new DateOnly(2021, 5, 5));
        var report = new CardCheckReport<CardUsageCounts>(header, Campaign,
        [
            new("Chi bộ Giáo viên", new CardUsageCounts(18, 16, 15, 13, 1, 1, 1, 0)),
            new("Chi bộ Hành chính", new CardUsageCounts(7, 7, 7, 6, 0, 1, 0, 1)),
            new("Chi bộ Tổ Khoa học tự nhiên", new CardUsageCounts(11, 9, 9, 9, 0, 0, 0, 0)),
        ], [new FormSignature("T/M ĐẢNG ỦY", "BÍ THƯ")]);

        var sheet = OpenedSheet.Open(CardCheckReports.GrassrootsReport(report).Content);

        var table = FormAssert.Layout(sheet, "Mẫu 6-KTTĐV", header, "BIỂU BÁO CÁO TỔNG HỢP TÌNH HÌNH SỬ DỤNG VÀ BẢO QUẢN THẺ ĐẢNG VIÊN", ["TT", "Chi bộ", .. UsageHeadings], 3);
        Assert.Equal(["2", "Chi bộ Hành chính", "7", "7", "7", "6", "0", "1", "0", "1"], sheet.Row(table + 2));
        Assert.Equal(table + 4, sheet.RowStartingWith("Cộng"));
        Assert.Equal(["Cộng", "36", "32", "31", "28", "1", "2", "1", "1"], sheet.Row(table + 4));
        FormAssert.Signed(sheet, table + 4, "T/M ĐẢNG ỦY", "BÍ THƯ");
    }

    [Fact]
    public void The_stamping_report_7_KTTDV_counts_stamped_exchanged_reissued_and_unstamped_cards()
    {
        var header = new FormHeader("Đảng bộ tỉnh Quảng Nam", "Đảng ủy Khối các cơ quan tỉnh", "Tam Kỳ", new DateOnly(2021, 5, 18));
        var report = new CardCheckReport<StampingCounts>(header, Campaign,
        [
            new("Đảng bộ Sở Giáo dục và Đào tạo", new StampingCounts(120, 112, 108, 2, 1, 1, 1, 0)),
            new("Chi bộ Báo Quảng Nam", new StampingCounts(35, 33, 33, 0, 0, 0, 0, 0)),
        ], [new FormSignature("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Hà")]);

        var sheet = OpenedSheet.Open(CardCheckReports.StampingReport(report).Content);

        var table = FormAssert.Layout(sheet, "Mẫu 7-KTTĐV", header,
            "BIỂU BÁO CÁO TỔNG HỢP KẾT QUẢ ĐÓNG DẤU KIỂM TRA KỸ THUẬT THẺ ĐẢNG VIÊN VÀ TÌNH HÌNH SỬ DỤNG, BẢO QUẢN THẺ ĐẢNG VIÊN",
            ["TT", "Tổ chức cơ sở đảng", "Tổng số đảng viên", "Đảng viên chính thức", "Thẻ đã đóng dấu kiểm tra kỹ thuật", "Thẻ bị hỏng đã đổi lại",
             "Thẻ bị mất đã cấp lại", "Đảng viên chính thức chưa được phát thẻ", "Thẻ không đóng dấu (đã ra khỏi Đảng)", "Sử dụng, bảo quản thẻ chưa đúng quy định"], 2);
        Assert.Equal("108", sheet[table + 1, 5]);
        Assert.Equal(["Cộng", "155", "145", "141", "2", "1", "1", "1", "0"], sheet.Row(table + 3));
        FormAssert.Signed(sheet, table + 3, "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Nguyễn Thị Hà");
    }
}
