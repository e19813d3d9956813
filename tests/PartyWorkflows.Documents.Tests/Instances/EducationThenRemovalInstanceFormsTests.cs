using PartyWorkflows.Documents.Instances;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.Tests.Removal;

namespace PartyWorkflows.Documents.Tests.Instances;

/// <summary>
/// The screening lists of an education-then-removal case, from the variables of a run of
/// workflows/education-then-removal.bpmn (seed 003_8ecac7def258469f.txt appendix §2), the member Nguyễn Văn Hùng of a
/// cell of a đảng bộ cơ sở; ballots of 9 convened full members.
/// </summary>
public sealed class EducationThenRemovalInstanceFormsTests
{
    private const int Convened = 9;
    private static readonly DateOnly Today = new(2026, 3, 20);

    private readonly EducationThenRemovalEngine _engine = new();

    private static OpenedSheet Open(InstanceState instance, string code) =>
        OpenedSheet.Open(Assert.IsType<FormFile>(InstanceForms.Generate(EngineFacts.Of(instance, Today), code)).Content);

    private static IEnumerable<string> Codes(InstanceState instance) => InstanceForms.Available(EngineFacts.Of(instance, Today)).Select(f => f.Code);

    /// <summary>Listed by 5 of 9 (more than half); the grassroots committee's approval is open.</summary>
    private InstanceState Listed()
    {
        var instance = _engine.Start("dv-0207", grassrootsCell: false);
        instance = _engine.Complete(instance, "draftList");
        return _engine.Vote(instance, "listVote", 5, Convened);
    }

    /// <summary>Approved, self-criticised, helped by Trần Thị Mai.</summary>
    private InstanceState Helped()
    {
        var instance = _engine.Complete(Listed(), "grassrootsApproval", ("approved", true));
        instance = _engine.Complete(instance, "selfCriticism");
        return _engine.AssignHelper(instance, "dv-0203", "Trần Thị Mai");
    }

    [Fact]
    public void No_list_before_the_list_ballot_nor_when_it_fails()
    {
        var instance = _engine.Start("dv-0207", grassrootsCell: false);
        instance = _engine.Complete(instance, "draftList");
        Assert.Empty(Codes(instance));

        instance = _engine.Vote(instance, "listVote", 4, 8); // 2·4 = 8: not more than half

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Empty(Codes(instance));
    }

    [Fact]
    public void The_education_list_goes_to_the_grassroots_committee_with_the_list_ballot_and_no_helper_yet()
    {
        var instance = Listed();
        Assert.Equal("grassrootsApproval", Assert.Single(instance.Tasks).ElementId);

        Assert.Equal(["giao-duc-giup-do"], Codes(instance));
        var sheet = Open(instance, "giao-duc-giup-do");
        var header = new FormHeader("Đảng bộ Trường THPT Phúc Lợi", "Chi bộ Giáo viên", null, Today);
        var table = FormAssert.Layout(sheet, null, header,
            "DANH SÁCH ĐẢNG VIÊN CẦN ĐƯỢC GIÁO DỤC, GIÚP ĐỠ TRƯỚC KHI XEM XÉT, QUYẾT ĐỊNH ĐƯA RA KHỎI ĐẢNG",
            ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Ngày vào Đảng", "Nội dung vi phạm (tiêu chí mục 2.3)",
             "Số phiếu đồng ý / số đảng viên chính thức được triệu tập", "Đảng viên được phân công giúp đỡ", "Ghi chú"], 1);
        Assert.Equal(["1", "Nguyễn Văn Hùng", "14/06/1979", "19/05/2008", EducationThenRemovalEngine.Criterion, "5/9"], sheet.Row(table + 1));
        FormAssert.Signed(sheet, table + 1, "T/M CHI BỘ", "BÍ THƯ");
    }

    [Fact]
    public void The_helper_is_added_once_assigned_and_the_list_ballot_survives_the_later_votes()
    {
        var instance = _engine.Complete(Helped(), "followAndHelp");
        instance = _engine.Vote(instance, "progressVote", 4, Convened); // 2·4 < 9: no progress

        var sheet = Open(instance, "giao-duc-giup-do");

        var row = sheet.RowStartingWith("TT") + 1;
        Assert.Equal(("5/9", "Trần Thị Mai"), (sheet[row, 6], sheet[row, 7]));
    }

    [Fact]
    public void The_removal_list_opens_with_the_removal_ballot_and_carries_its_votes_once_held()
    {
        var instance = _engine.Complete(Helped(), "followAndHelp");
        instance = _engine.Vote(instance, "progressVote", 4, Convened);
        Assert.Equal("removalVote", Assert.Single(instance.Tasks).ElementId);
        Assert.Equal(["giao-duc-giup-do", "dua-ra-khoi-dang"], Codes(instance));

        var before = Open(instance, "dua-ra-khoi-dang");
        var table = FormAssert.Layout(before, null, new FormHeader("Đảng bộ Trường THPT Phúc Lợi", "Chi bộ Giáo viên", null, Today),
            "DANH SÁCH ĐẢNG VIÊN ĐỀ NGHỊ XEM XÉT, QUYẾT ĐỊNH ĐƯA RA KHỎI ĐẢNG",
            ["TT", "Họ và tên", "Ngày, tháng, năm sinh", "Ngày vào Đảng", "Nội dung vi phạm (tiêu chí mục 2.2)",
             "Số phiếu đồng ý / số đảng viên chính thức được triệu tập", "Ghi chú"], 1);
        Assert.Equal(string.Empty, before[table + 1, 6]);
        Assert.Equal("Chi bộ không công nhận sự tiến bộ sau thời gian giáo dục, giúp đỡ", before[table + 1, 7]);

        instance = _engine.Vote(instance, "removalVote", 6, Convened); // 3·6 = 2·9: two thirds
        Assert.Equal("grassrootsRemovalDecision", Assert.Single(instance.Tasks).ElementId);

        var after = Open(instance, "dua-ra-khoi-dang");
        Assert.Equal(["1", "Nguyễn Văn Hùng", "14/06/1979", "19/05/2008", EducationThenRemovalEngine.Criterion, "6/9",
            "Chi bộ không công nhận sự tiến bộ sau thời gian giáo dục, giúp đỡ"], after.Row(after.RowStartingWith("TT") + 1));
    }

    [Fact]
    public void A_case_started_without_the_member_and_criterion_prints_dots_to_fill_in_by_hand()
    {
        var instance = _engine.Host.Start("education-then-removal", EducationThenRemovalEngine.Vars(("grassrootsCell", true)), businessKey: "dv-0207");
        instance = _engine.Complete(instance, "draftList");
        instance = _engine.Vote(instance, "listVote", 5, Convened);

        var sheet = Open(instance, "giao-duc-giup-do");

        Assert.Equal(["1", "........", "........", "5/9"], sheet.Row(sheet.RowStartingWith("TT") + 1));
    }

    [Fact]
    public void A_new_violation_during_the_help_period_is_the_removal_ground()
    {
        var instance = _engine.NewViolation(Helped());
        Assert.Equal("removalVote", Assert.Single(instance.Tasks).ElementId);

        var sheet = Open(instance, "dua-ra-khoi-dang");

        Assert.Equal("Phát sinh vi phạm mới trong thời gian giáo dục, giúp đỡ", sheet[sheet.RowStartingWith("TT") + 1, 7]);
    }
}
