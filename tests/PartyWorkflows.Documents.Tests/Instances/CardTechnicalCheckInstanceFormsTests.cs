using System.Text.Json;
using PartyWorkflows.Documents.Instances;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Documents.Tests.CardCheck;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Membership.CardCheck;
using PartyWorkflows.Membership.Tests.CardCheck;

namespace PartyWorkflows.Documents.Tests.Instances;

/// <summary>
/// The forms 1–7-KTTĐV of a card-technical-check case (seed 002_773bfcc68234de1e.txt §3–4) from the variables a run of
/// workflows/card-technical-check.bpmn with its handlers produces: the fourth round, a grassroots organisation's case
/// (its subject) with two cells.
/// </summary>
public sealed class CardTechnicalCheckInstanceFormsTests
{
    private const string TeachersCellId = "0b1e0000-0000-4000-8000-000000000004";
    private const string OfficeCellId = "0b1e0000-0000-4000-8000-000000000007";
    private const string Campaign = "Kiểm tra kỹ thuật thẻ đảng viên lần thứ tư (từ 15/4/2021 đến 15/5/2021)";
    private static readonly DateOnly Today = new(2021, 4, 15);
    private static readonly string[] ListHeadings = CardCheckFormsTests.Particulars;
    private static readonly string[] UsageHeadings = ["TT", "Chi bộ", .. CardCheckFormsTests.UsageHeadings];

    private static readonly CampaignCell TeachersCell = new(TeachersCellId, "Chi bộ Giáo viên",
    [
        Member("dv-01", "Nguyễn Thị Hồng Nhung", "49.000010", firstRound: 1),
        Member("dv-02", "Trần Đức Mạnh", "49.000011", firstRound: 3),
        Member("dv-03", "Lê Quang Huy", "49.000012", firstRound: 2),
        Member("dv-04", "Phạm Thu Hà", card: null),
        Member("dv-05", "Vũ Minh Anh", card: null, full: false),
    ]);

    private static readonly CampaignCell OfficeCell = new(OfficeCellId, "Chi bộ Văn phòng",
    [
        Member("dv-06", "Đỗ Văn Long", "49.000020", temporary: true),
        Member("dv-07", "Hoàng Văn Tùng", "49.000021", leftParty: true),
        Member("dv-08", "Bùi Thị Lan", "49.000022"),
    ]);

    private readonly CardTechnicalCheckEngine _engine = new();

    private static CardCheckMember Member(
        string key, string name, string? card = "49.000001", int? firstRound = 4, bool full = true, bool temporary = false, bool leftParty = false) =>
        new(key, name, full, temporary, OnPartyRegister: true, leftParty, card, firstRound);

    private InstanceState CheckTeachers(InstanceState instance) => _engine.CheckCell(instance, TeachersCellId,
        ("dv-01", CardFinding.Presented), ("dv-02", CardFinding.Lost), ("dv-03", CardFinding.Damaged), ("dv-04", CardFinding.NeverIssued));

    private InstanceState CheckOffice(InstanceState instance) =>
        _engine.CheckCell(instance, OfficeCellId, ("dv-06", CardFinding.Presented), ("dv-07", CardFinding.Presented));

    private static OpenedSheet Open(InstanceState instance, string code) =>
        OpenedSheet.Open(Assert.IsType<FormFile>(InstanceForms.Generate(EngineFacts.Of(instance, Today), code)).Content);

    private static IEnumerable<string> Codes(InstanceState instance) => InstanceForms.Available(EngineFacts.Of(instance, Today)).Select(f => f.Code);

    [Fact]
    public void A_cells_forms_1_to_5_KTTDV_appear_once_it_has_filed_and_are_its_own_signed_by_its_secretary()
    {
        var instance = _engine.Start(TeachersCell, OfficeCell);
        Assert.Empty(Codes(instance));
        Assert.Null(InstanceForms.Generate(EngineFacts.Of(instance, Today), "1-kttdv"));

        instance = CheckTeachers(instance);

        Assert.Equal(["1-kttdv", "2-kttdv", "3-kttdv", "4-kttdv", "5-kttdv"], Codes(instance));
        var cell = new FormHeader("Đảng bộ Trường THPT Phúc Lợi", "Chi bộ Giáo viên", null, Today);

        var report = Open(instance, "1-kttdv");
        var table = FormAssert.Layout(report, "Mẫu 1-KTTĐV", cell, "BIỂU BÁO CÁO TÌNH HÌNH SỬ DỤNG VÀ BẢO QUẢN THẺ ĐẢNG VIÊN", UsageHeadings, 1);
        Assert.Equal(["ĐẢNG BỘ TRƯỜNG THPT PHÚC LỢI", "ĐẢNG CỘNG SẢN VIỆT NAM"], report.Row(2));
        Assert.Equal("CHI BỘ GIÁO VIÊN", report[3, 1]);
        Assert.True(report.Contains(Campaign));
        // 5 members, 4 full, 2 cards checked (to stamp and damaged), 1 to stamp, 1 damaged, 1 lost, 1 never issued, none misused.
        Assert.Equal(["1", "Chi bộ Giáo viên", "5", "4", "2", "1", "1", "1", "1", "0"], report.Row(table + 1));
        Assert.Equal(0, report.RowStartingWith(FormTable.TotalLabel));
        FormAssert.Signed(report, table + 1, "T/M CHI BỘ", "BÍ THƯ");

        var stamp = Open(instance, "2-kttdv");
        table = FormAssert.Layout(stamp, "Mẫu 2-KTTĐV", cell, "DANH SÁCH ĐỀ NGHỊ ĐÓNG DẤU KIỂM TRA KỸ THUẬT THẺ ĐẢNG VIÊN", [.. ListHeadings, "Số thẻ đảng viên", "Ghi chú"], 1);
        Assert.Equal(["1", "Nguyễn Thị Hồng Nhung", "Chi bộ Giáo viên", "49.000010", "Đóng dấu ô số 4"], stamp.Row(table + 1));
        Assert.Equal(string.Empty, stamp[table + 2, 1]);

        var damaged = Open(instance, "3-kttdv");
        table = FormAssert.Layout(damaged, "Mẫu 3-KTTĐV", cell, "DANH SÁCH ĐỀ NGHỊ ĐỔI LẠI THẺ ĐẢNG VIÊN BỊ HỎNG",
            [.. ListHeadings, "Số thẻ đảng viên", "Lý do hỏng thẻ", "Ghi chú"], 1);
        Assert.Equal(["1", "Lê Quang Huy", "Chi bộ Giáo viên", "49.000012", "Đóng dấu ô số 2, 3, 4"], damaged.Row(table + 1));

        var lost = Open(instance, "4-kttdv");
        table = FormAssert.Layout(lost, "Mẫu 4-KTTĐV", cell, "DANH SÁCH ĐỀ NGHỊ CẤP LẠI THẺ ĐẢNG VIÊN BỊ MẤT",
            [.. ListHeadings, "Số thẻ đảng viên", "Lý do mất thẻ", "Ghi chú"], 1);
        Assert.Equal(["1", "Trần Đức Mạnh", "Chi bộ Giáo viên", "49.000011", "Đóng dấu ô số 3, 4"], lost.Row(table + 1));

        var cardless = Open(instance, "5-kttdv");
        table = FormAssert.Layout(cardless, "Mẫu 5-KTTĐV", cell, "DANH SÁCH ĐẢNG VIÊN CHÍNH THỨC CHƯA ĐƯỢC ĐỔI VÀ PHÁT THẺ ĐẢNG VIÊN",
            [.. ListHeadings, "Lý do chưa được đổi, phát thẻ", "Ghi chú"], 1);
        Assert.Equal(["1", "Phạm Thu Hà", "Chi bộ Giáo viên", "Chưa được phát thẻ sau khi công nhận chính thức", "Đóng dấu ô số 4"], cardless.Row(table + 1));
        FormAssert.Signed(cardless, table + 1, "T/M CHI BỘ", "BÍ THƯ");
    }

    [Fact]
    public void Once_several_cells_have_filed_each_form_covers_them_grouped_by_cell_under_the_grassroots_committee()
    {
        var instance = _engine.Start(TeachersCell, OfficeCell);
        // The office files first; the forms still follow the campaign's order of cells.
        instance = CheckTeachers(CheckOffice(instance));
        var grassroots = new FormHeader("Đảng ủy phường Phúc Lợi", "Đảng bộ Trường THPT Phúc Lợi", null, Today);

        var report = Open(instance, "1-kttdv");
        var table = FormAssert.Layout(report, "Mẫu 1-KTTĐV", grassroots, "BIỂU BÁO CÁO TÌNH HÌNH SỬ DỤNG VÀ BẢO QUẢN THẺ ĐẢNG VIÊN", UsageHeadings, 2);
        Assert.Equal(["1", "Chi bộ Giáo viên", "5", "4", "2", "1", "1", "1", "1", "0"], report.Row(table + 1));
        // The member who left the Party is counted on the roll but not checked; the one who did not hand in the card neither.
        Assert.Equal(["2", "Chi bộ Văn phòng", "3", "3", "1", "1", "0", "0", "0", "0"], report.Row(table + 2));
        Assert.Equal([FormTable.TotalLabel, "8", "7", "3", "2", "1", "1", "1", "0"], report.Row(table + 3));
        FormAssert.Signed(report, table + 3, "T/M ĐẢNG ỦY", "BÍ THƯ");

        var stamp = Open(instance, "2-kttdv");
        table = FormAssert.Layout(stamp, "Mẫu 2-KTTĐV", grassroots, "DANH SÁCH ĐỀ NGHỊ ĐÓNG DẤU KIỂM TRA KỸ THUẬT THẺ ĐẢNG VIÊN", [.. ListHeadings, "Số thẻ đảng viên", "Ghi chú"], 2);
        Assert.Equal(["1", "Nguyễn Thị Hồng Nhung", "Chi bộ Giáo viên", "49.000010", "Đóng dấu ô số 4"], stamp.Row(table + 1));
        Assert.Equal(["2", "Đỗ Văn Long", "Chi bộ Văn phòng", "49.000020", "Đóng dấu ô số 4"], stamp.Row(table + 2));
        Assert.Equal(string.Empty, stamp[table + 3, 1]);
    }

    [Fact]
    public void The_grassroots_6_KTTDV_comes_with_the_consolidation_and_the_superiors_7_KTTDV_with_the_invalid_cards()
    {
        var instance = CheckTeachers(CheckOffice(_engine.Start(TeachersCell, OfficeCell)));

        Assert.Equal(["1-kttdv", "2-kttdv", "3-kttdv", "4-kttdv", "5-kttdv", "6-kttdv"], Codes(instance));
        var grassroots = new FormHeader("Đảng ủy phường Phúc Lợi", "Đảng bộ Trường THPT Phúc Lợi", null, Today);
        var summary = Open(instance, "6-kttdv");
        var table = FormAssert.Layout(summary, "Mẫu 6-KTTĐV", grassroots, "BIỂU BÁO CÁO TỔNG HỢP TÌNH HÌNH SỬ DỤNG VÀ BẢO QUẢN THẺ ĐẢNG VIÊN",
            UsageHeadings, 2);
        Assert.True(summary.Contains(Campaign));
        Assert.Equal(["Chi bộ Giáo viên", "Chi bộ Văn phòng"], [summary[table + 1, 2], summary[table + 2, 2]]);
        Assert.Equal([FormTable.TotalLabel, "8", "7", "3", "2", "1", "1", "1", "0"], summary.Row(table + 3));
        FormAssert.Signed(summary, table + 3, "T/M ĐẢNG ỦY", "BÍ THƯ");

        instance = _engine.Complete(instance, "grassrootsReport");
        instance = _engine.Complete(instance, "superiorReview");
        instance = _engine.Complete(instance, "standingDecision", ("decision", "approve"));
        instance = _engine.Complete(instance, "stampCards");
        instance = _engine.Complete(instance, "returnCards");
        Assert.DoesNotContain("7-kttdv", Codes(instance));
        instance = _engine.At(instance, new DateTimeOffset(2021, 5, 16, 0, 0, 0, CardTechnicalCheckEngine.Vietnam));

        Assert.Equal("7-kttdv", Codes(instance).Last());
        var department = new FormHeader("Đảng ủy phường Phúc Lợi", "Ban Tổ chức", null, Today);
        var results = Open(instance, "7-kttdv");
        table = FormAssert.Layout(results, "Mẫu 7-KTTĐV", department,
            "BIỂU BÁO CÁO TỔNG HỢP KẾT QUẢ ĐÓNG DẤU KIỂM TRA KỸ THUẬT THẺ ĐẢNG VIÊN VÀ TÌNH HÌNH SỬ DỤNG, BẢO QUẢN THẺ ĐẢNG VIÊN",
            ["TT", "Tổ chức cơ sở đảng", "Tổng số đảng viên", "Đảng viên chính thức", "Thẻ đã đóng dấu kiểm tra kỹ thuật", "Thẻ bị hỏng đã đổi lại",
                "Thẻ bị mất đã cấp lại", "Đảng viên chính thức chưa được phát thẻ", "Thẻ không đóng dấu (đã ra khỏi Đảng)", "Sử dụng, bảo quản thẻ chưa đúng quy định"], 1);
        Assert.True(results.Contains(Campaign));
        // 2 stamped, 1 exchanged, 1 re-issued, 1 without a card, 1 unstamped card of a member who left the Party.
        Assert.Equal(["1", "Đảng bộ Trường THPT Phúc Lợi", "8", "7", "2", "1", "1", "1", "1", "0"], results.Row(table + 1));
        FormAssert.Signed(results, table + 1, "TRƯỞNG BAN");
    }

    [Fact]
    public void Malformed_cell_reports_offer_no_cell_forms_rather_than_failing_the_list()
    {
        var variables = new Dictionary<string, JsonElement>
        {
            ["cellReports"] = JsonSerializer.SerializeToElement(new[] { "not a report" }),
        };

        Assert.Empty(InstanceForms.Available(new InstanceFacts("card-technical-check", variables, new HashSet<string> { "cellCheck" }, EngineFacts.Chain, Today)));
    }
}
