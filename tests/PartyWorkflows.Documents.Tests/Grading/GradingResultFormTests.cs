using PartyWorkflows.Documents.Grading;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Membership.Grading;
using static PartyWorkflows.Documents.Tests.SampleMembers;

namespace PartyWorkflows.Documents.Tests.Grading;

/// <summary>A cell's grading results (seed 001_29955938909379e1.txt §B.II) generated and opened.</summary>
public sealed class GradingResultFormTests
{
    [Fact]
    public void The_list_shows_self_assessment_cell_proposal_votes_over_all_full_members_and_the_decided_grade()
    {
        var header = new FormHeader("Đảng bộ Trường THPT Phúc Lợi", "Chi bộ Giáo viên", "Phúc Lợi", new DateOnly(2025, 12, 15));
        var list = new GradingResultList(header, 2025, "Chi bộ Giáo viên", 9,
        [
            // 6 of 9 is two thirds: excellent (§B.II.4.1 "2/3 trở lên").
            new GradingResultEntry(Nhung, false, MemberGrade.Excellent, MemberGrade.Excellent, 6, MemberGrade.Excellent),
            // 5 of 9 is more than half: good (§B.II.4.2 "trên 1/2").
            new GradingResultEntry(Manh, false, MemberGrade.Excellent, MemberGrade.Good, 5, MemberGrade.Good),
            new GradingResultEntry(Huy with { FullMemberOn = null }, true, MemberGrade.Good, MemberGrade.NotCompleted, 7, MemberGrade.NotCompleted,
                "Bỏ sinh hoạt chi bộ 2 kỳ không có lý do"),
            new GradingResultEntry(Huy with { FullName = "Phạm Thị Lan" }, false, MemberGrade.Good, MemberGrade.Good, 8, null),
        ], [new FormSignature("T/M CHI BỘ", "BÍ THƯ")]);

        var file = GradingResultForm.Write(list);

        Assert.Equal("xep-loai-dang-vien.xlsx", file.FileName);
        var sheet = OpenedSheet.Open(file.Content);
        Assert.Equal("Danh sách", sheet.Name);
        var table = FormAssert.Layout(sheet, null, header, "DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025",
            ["TT", "Họ và tên", "Đảng viên chính thức / dự bị", "Đảng viên tự nhận mức xếp loại", "Chi bộ đề nghị mức xếp loại",
             "Số phiếu tán thành / số đảng viên chính thức", "Cấp ủy cơ sở quyết định xếp loại", "Ghi chú"], 4);
        Assert.False(sheet.Contains("Mẫu"));
        Assert.True(sheet.Contains("Chi bộ Giáo viên (tổng số đảng viên chính thức: 9)"));
        Assert.Equal(["2", "Trần Đức Mạnh", "Chính thức", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "5/9", "Hoàn thành tốt nhiệm vụ"], sheet.Row(table + 2));
        Assert.Equal(("Dự bị", "Không hoàn thành nhiệm vụ", "Bỏ sinh hoạt chi bộ 2 kỳ không có lý do"), (sheet[table + 3, 3], sheet[table + 3, 7], sheet[table + 3, 8]));
        Assert.Equal(string.Empty, sheet[table + 4, 7]);
        var summary = "Tổng hợp: Hoàn thành xuất sắc nhiệm vụ: 1; Hoàn thành tốt nhiệm vụ: 1; Hoàn thành nhiệm vụ: 0; Không hoàn thành nhiệm vụ: 1.";
        Assert.True(sheet.RowOf(summary) > table + 4);
        FormAssert.Signed(sheet, sheet.RowOf(summary), "T/M CHI BỘ", "BÍ THƯ");
    }
}
