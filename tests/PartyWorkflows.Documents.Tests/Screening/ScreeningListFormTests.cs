using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Screening;
using PartyWorkflows.Documents.Tests.Reading;
using static PartyWorkflows.Documents.Tests.SampleMembers;

namespace PartyWorkflows.Documents.Tests.Screening;

/// <summary>The screening lists (seed 003_8ecac7def258469f.txt §2.2–2.3, appendix §2) generated and opened.</summary>
public sealed class ScreeningListFormTests
{
    private static readonly FormHeader Cell = new("Đảng ủy phường Phúc Lợi", "Chi bộ Tổ dân phố số 5", "Phúc Lợi", new DateOnly(2026, 1, 20));
    private static readonly FormSignature Secretary = new("T/M CHI BỘ", "BÍ THƯ");

    [Fact]
    public void The_education_list_gives_the_criterion_the_ballot_over_convened_full_members_and_the_helper()
    {
        var list = new ScreeningList(Cell, ScreeningListKind.EducationAndHelp, "Chi bộ Tổ dân phố số 5", 9,
        [
            // 5 of 9 convened is more than half (appendix §2 step 1 "trên một nửa").
            new ScreeningEntry(Manh, "Bỏ sinh hoạt đảng dưới 03 tháng trong năm mà không có lý do chính đáng", 5, "Nguyễn Thị Hồng Nhung"),
            new ScreeningEntry(Huy, "Đang trong thời gian chấp hành kỷ luật Đảng ở mức khiển trách", 7, "Lê Văn Tám", "Cam kết sửa chữa"),
        ], [Secretary]);

        var file = ScreeningListForm.Write(list);

        Assert.Equal("giao-duc-giup-do.xlsx", file.FileName);
        var sheet = OpenedSheet.Open(file.Content);
        var table = FormAssert.Layout(sheet, null, Cell,
            "DANH SÁCH ĐẢNG VIÊN CẦN ĐƯỢC GIÁO DỤC, GIÚP ĐỠ TRƯỚC KHI XEM XÉT, QUYẾT ĐỊNH ĐƯA RA KHỎI ĐẢNG",
            ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Ngày vào Đảng", "Nội dung vi phạm (tiêu chí mục 2.3)",
             "Số phiếu đồng ý / số đảng viên chính thức được triệu tập", "Đảng viên được phân công giúp đỡ", "Ghi chú"], 2);
        Assert.Equal(["1", "Trần Đức Mạnh", "21/11/1988", "03/02/2025", "Bỏ sinh hoạt đảng dưới 03 tháng trong năm mà không có lý do chính đáng", "5/9", "Nguyễn Thị Hồng Nhung"],
            sheet.Row(table + 1));
        Assert.Equal(("7/9", "Lê Văn Tám", "Cam kết sửa chữa"), (sheet[table + 2, 6], sheet[table + 2, 7], sheet[table + 2, 8]));
        FormAssert.Signed(sheet, table + 2, "T/M CHI BỘ", "BÍ THƯ");
    }

    [Fact]
    public void The_removal_list_has_no_helper_column()
    {
        var list = new ScreeningList(Cell, ScreeningListKind.Removal, "Chi bộ Tổ dân phố số 5", 9,
            [new ScreeningEntry(Manh, "Giảm sút ý chí phấn đấu, đã được chi bộ giáo dục nhưng sau 12 tháng mà không tiến bộ", 6)], [Secretary]);

        var sheet = OpenedSheet.Open(ScreeningListForm.Write(list).Content);

        var table = FormAssert.Layout(sheet, null, Cell, "DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ XEM XÉT, QUYẾT ĐỊNH ĐƯA RA KHỎI ĐẢNG",
            ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Ngày vào Đảng", "Nội dung vi phạm (tiêu chí mục 2.2)",
             "Số phiếu đồng ý / số đảng viên chính thức được triệu tập", "Ghi chú"], 1);
        Assert.Equal("6/9", sheet[table + 1, 6]);
    }
}
