using PartyWorkflows.Documents.Instances;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Grading;
using PartyWorkflows.Membership.Tests.Grading;

namespace PartyWorkflows.Documents.Tests.Instances;

/// <summary>
/// The grading results list of a member-grading case, from the variables of a run of workflows/member-grading.bpmn with
/// its grade-members handler under seed 001_29955938909379e1.txt §B.II (December 2024): 11 members, N = the 9 full
/// members not exempted, so excellent needs 6 votes (3·6 = 2·9) and the other levels 5 (2·5 > 9).
/// </summary>
public sealed class MemberGradingInstanceFormsTests
{
    private static readonly DateOnly Today = new(2024, 12, 20);

    private static readonly List<CellMember> Members =
    [
        new("dv-01", "Nguyễn Thị Hồng Nhung", AdmittedOn: new DateOnly(2010, 3, 5)),
        new("dv-02", "Trần Đức Mạnh", AdmittedOn: new DateOnly(2012, 11, 21)),
        new("dv-03", "Lê Văn Huy", AdmittedOn: new DateOnly(2015, 5, 19)),
        new("dv-04", "Phạm Thị Lan", AdmittedOn: new DateOnly(2009, 2, 3), UnderDiscipline: true),
        new("dv-05", "Hoàng Minh Tuấn", Full: false, AdmittedOn: new DateOnly(2024, 1, 12)),
        new("dv-06", "Đỗ Thu Hà", Exempted: true, AdmittedOn: new DateOnly(1975, 9, 2)),
        new("dv-07", "Vũ Văn Bình", AdmittedOn: new DateOnly(2011, 7, 1)),
        new("dv-08", "Đặng Quốc Dũng", AdmittedOn: new DateOnly(2013, 4, 30)),
        new("dv-09", "Bùi Thị Hương", AdmittedOn: new DateOnly(2016, 8, 19)),
        new("dv-10", "Ngô Văn Long", AdmittedOn: new DateOnly(2018, 12, 22)),
        new("dv-11", "Lý Thị Thảo", AdmittedOn: new DateOnly(2019, 10, 20)),
    ];

    private readonly MemberGradingEngine _engine = new(MemberGradingEngine.December2024);

    private static CellBallotEntry Vote(string key, MemberGrade level, int votes) => new(key, level, votes);

    /// <summary>The self-review records each member's claimed level; comments and discussion follow.</summary>
    private InstanceState UpToBallot()
    {
        var instance = _engine.Start(2024, Members);
        var claimed = Members.ToDictionary(m => m.MemberKey, m => m.MemberKey is "dv-01" or "dv-02" ? "excellent" : "good");
        instance = _engine.Complete(instance, "selfReview", ("selfAssessments", claimed));
        instance = _engine.Complete(instance, "cellComments");
        return _engine.Complete(instance, "discussion");
    }

    /// <summary>dv-02 misses two thirds for excellent and goes to a re-vote; the exempted dv-06 is off the ballot.</summary>
    private InstanceState FirstBallot() => _engine.Ballot(UpToBallot(), 9,
        Vote("dv-01", MemberGrade.Excellent, 7),
        Vote("dv-02", MemberGrade.Excellent, 5), // 3·5 < 2·9
        Vote("dv-03", MemberGrade.Good, 6),
        Vote("dv-04", MemberGrade.Good, 8),
        Vote("dv-05", MemberGrade.Good, 6),
        Vote("dv-07", MemberGrade.Good, 7),
        Vote("dv-08", MemberGrade.Good, 5),
        Vote("dv-09", MemberGrade.Good, 6),
        Vote("dv-10", MemberGrade.Good, 8),
        Vote("dv-11", MemberGrade.Good, 5));

    [Fact]
    public void The_results_list_is_not_offered_before_a_ballot_has_been_graded()
    {
        var instance = UpToBallot();

        Assert.Equal("ballot", Assert.Single(instance.Tasks).ElementId);
        Assert.Empty(InstanceForms.Available(EngineFacts.Of(instance, Today)));
        Assert.Null(InstanceForms.Generate(EngineFacts.Of(instance, Today), "xep-loai-dang-vien"));
    }

    [Fact]
    public void After_the_first_ballot_the_list_gives_the_cell_results_with_the_re_vote_pending_and_no_decided_grade()
    {
        var instance = FirstBallot();
        Assert.Equal("ballot", Assert.Single(instance.Tasks).ElementId);

        var facts = EngineFacts.Of(instance, Today);
        var form = Assert.Single(InstanceForms.Available(facts));
        Assert.Equal("xep-loai-dang-vien", form.Code);
        var sheet = OpenedSheet.Open(InstanceForms.Generate(facts, "xep-loai-dang-vien")!.Content);

        var header = new FormHeader("Đảng bộ Trường THPT Phúc Lợi", "Chi bộ Giáo viên", null, Today);
        var table = FormAssert.Layout(sheet, null, header, "DANH SÁCH KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2024",
            ["TT", "Họ và tên", "Đảng viên chính thức / dự bị", "Đảng viên tự nhận mức xếp loại", "Chi bộ đề nghị mức xếp loại",
             "Số phiếu tán thành / số đảng viên chính thức", "Cấp ủy cơ sở quyết định xếp loại", "Ghi chú"], 11);
        Assert.Equal(["ĐẢNG BỘ TRƯỜNG THPT PHÚC LỢI", FormHeader.PartyName], sheet.Row(1));
        Assert.True(sheet.Contains("Chi bộ Giáo viên (tổng số đảng viên chính thức: 9)"));
        Assert.Equal(["1", "Nguyễn Thị Hồng Nhung", "Chính thức", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ", "7/9"], sheet.Row(table + 1));
        Assert.Equal(["2", "Trần Đức Mạnh", "Chính thức", "Hoàn thành xuất sắc nhiệm vụ"], sheet.Row(table + 2).Take(4));
        Assert.Equal((string.Empty, string.Empty), (sheet[table + 2, 5], sheet[table + 2, 6]));
        Assert.StartsWith("Chưa đạt 2/3 số đảng viên chính thức của chi bộ tán thành mức hoàn thành xuất sắc nhiệm vụ (5/9", sheet[table + 2, 8]);
        Assert.All(Enumerable.Range(1, 11), i => Assert.Equal(string.Empty, sheet[table + i, 7]));
        FormAssert.Signed(sheet, table + 11, "T/M CHI BỘ", "BÍ THƯ");
    }

    [Fact]
    public void Once_approved_the_list_keeps_each_member_s_own_ballot_and_gives_the_decided_grades_and_their_count()
    {
        var instance = _engine.Ballot(FirstBallot(), 9, Vote("dv-02", MemberGrade.Good, 8));
        instance = _engine.Approve(instance);
        Assert.Equal(InstanceStatus.Completed, instance.Status);

        var sheet = OpenedSheet.Open(InstanceForms.Generate(EngineFacts.Of(instance, Today), "xep-loai-dang-vien")!.Content);

        var table = sheet.RowStartingWith("TT");
        // dv-01 was settled by the first ballot, which the re-vote replaced: its 7 votes are kept with its grade.
        Assert.Equal(["1", "Nguyễn Thị Hồng Nhung", "Chính thức", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ", "7/9", "Hoàn thành xuất sắc nhiệm vụ"],
            sheet.Row(table + 1));
        Assert.Equal(["2", "Trần Đức Mạnh", "Chính thức", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "8/9", "Hoàn thành tốt nhiệm vụ"],
            sheet.Row(table + 2));
        // Under discipline: not completed whatever the votes, with the reason (seed 001 §B.II.4.4, §C.III.7).
        Assert.Equal(("Hoàn thành tốt nhiệm vụ", "8/9", "Không hoàn thành nhiệm vụ"), (sheet[table + 4, 4], sheet[table + 4, 6], sheet[table + 4, 7]));
        Assert.StartsWith("Đảng viên đang chấp hành kỷ luật", sheet[table + 4, 8]);
        Assert.Equal(("Dự bị", "Hoàn thành tốt nhiệm vụ", "6/9"), (sheet[table + 5, 3], sheet[table + 5, 7], sheet[table + 5, 6]));
        // Exempted: not graded, no ballot line, the reason in the note.
        Assert.Equal(("Đỗ Thu Hà", string.Empty, string.Empty, string.Empty), (sheet[table + 6, 2], sheet[table + 6, 5], sheet[table + 6, 6], sheet[table + 6, 7]));
        Assert.Equal("Đảng viên đã được miễn công tác và sinh hoạt đảng, không phải đánh giá chất lượng.", sheet[table + 6, 8]);
        // A plain result needs no note.
        Assert.Equal(string.Empty, sheet[table + 3, 8]);
        Assert.True(sheet.Contains("Tổng hợp: Hoàn thành xuất sắc nhiệm vụ: 1; Hoàn thành tốt nhiệm vụ: 8; Hoàn thành nhiệm vụ: 0; Không hoàn thành nhiệm vụ: 1."));
    }

    [Fact]
    public void The_committee_s_column_waits_while_an_absentee_is_graded_at_the_next_meeting_and_its_approval()
    {
        var instance = _engine.Ballot(UpToBallot(), 9,
        [
            .. Members.Where(m => m.MemberKey is not ("dv-06" or "dv-11")).Select(m => Vote(m.MemberKey, m.MemberKey == "dv-01" ? MemberGrade.Excellent : MemberGrade.Good, 7)),
            new CellBallotEntry("dv-11", MemberGrade.Good, 0, Absent: true),
        ]);
        instance = _engine.Approve(instance);
        Assert.Equal("ballot", Assert.Single(instance.Tasks).ElementId);
        Assert.Equal(string.Empty, FinalGrade(instance, "Nguyễn Thị Hồng Nhung"));
        Assert.StartsWith("Đảng viên vắng mặt", Note(instance, "Lý Thị Thảo"));

        instance = _engine.Ballot(instance, 9, Vote("dv-11", MemberGrade.Good, 6));
        Assert.Equal("grassrootsApproval", Assert.Single(instance.Tasks).ElementId);
        Assert.Equal(string.Empty, FinalGrade(instance, "Lý Thị Thảo"));

        instance = _engine.Approve(instance);
        Assert.Equal(("Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ"), (FinalGrade(instance, "Nguyễn Thị Hồng Nhung"), FinalGrade(instance, "Lý Thị Thảo")));
    }

    private static string FinalGrade(InstanceState instance, string fullName) => Cell(instance, fullName, 7);

    private static string Note(InstanceState instance, string fullName) => Cell(instance, fullName, 8);

    private static string Cell(InstanceState instance, string fullName, int column)
    {
        var sheet = OpenedSheet.Open(InstanceForms.Generate(EngineFacts.Of(instance, Today), "xep-loai-dang-vien")!.Content);
        return sheet[sheet.RowOf(fullName), column];
    }

    [Fact]
    public void A_chi_bo_co_so_reports_under_its_superior_committee()
    {
        var chain = new OrganisationChain("Chi bộ Trường Mầm non Hoa Sen", "Chi bộ Trường Mầm non Hoa Sen", true, "Đảng ủy phường Phúc Lợi", "Thành ủy Hà Nội");

        var sheet = OpenedSheet.Open(InstanceForms.Generate(EngineFacts.Of(FirstBallot(), Today, chain), "xep-loai-dang-vien")!.Content);

        Assert.Equal(["ĐẢNG ỦY PHƯỜNG PHÚC LỢI", FormHeader.PartyName], sheet.Row(1));
        Assert.Equal("CHI BỘ TRƯỜNG MẦM NON HOA SEN", sheet[2, 1]);
    }
}
