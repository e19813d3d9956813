using System.Globalization;
using PartyWorkflows.Documents.Layout;
using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Documents.Grading;

/// <summary>
/// The list of a cell's annual grading results (seed 001_29955938909379e1.txt §B.II.3 "công bố kết quả xếp loại đảng
/// viên và báo cáo lên cấp ủy cấp trên"; §C.III.7 the list of excellent and not-completed members, with reasons). The
/// seed attaches its own template ("Theo mẫu gửi kèm") that it does not reproduce, so the columns must be checked
/// against it. Below the table, the count of members at each final level.
/// </summary>
public static class GradingResultForm
{
    private static (FormColumn, Func<GradingResultEntry, string?>)[] Columns(int fullMembersOfCell) =>
    [
        (new FormColumn("Đảng viên chính thức / dự bị", 12), e => e.Probationary ? "Dự bị" : "Chính thức"),
        (new FormColumn("Đảng viên tự nhận mức xếp loại", 20), e => Grade(e.SelfAssessment)),
        (new FormColumn("Chi bộ đề nghị mức xếp loại", 20), e => Grade(e.CellProposal)),
        (new FormColumn("Số phiếu tán thành / số đảng viên chính thức", 14), e => e.VotesInFavour is { } votes ? $"{votes}/{fullMembersOfCell}" : null),
        (new FormColumn("Cấp ủy cơ sở quyết định xếp loại", 20), e => Grade(e.FinalGrade)),
        (new FormColumn("Ghi chú", 20), e => e.Note),
    ];

    private static string? Grade(MemberGrade? grade) => grade is { } level ? GradeNames.Of(level) : null;

    public static FormFile Write(GradingResultList list)
    {
        var form = StandardForms.GradingResults;
        var document = new FormDocument(
            form.FormCode,
            list.Header,
            $"{form.Title} năm {list.Year.ToString(CultureInfo.InvariantCulture)}",
            [$"{list.CellName} (tổng số đảng viên chính thức: {list.FullMembersOfCell})"],
            MemberTable.Of(list.Entries, e => e.Member, [MemberColumns.FullName], Columns(list.FullMembersOfCell)),
            list.Signatures)
        {
            Closing = [Summary(list.Entries)],
        };
        return FormWriter.Write(form, document);
    }

    /// <summary>"Tổng hợp: Hoàn thành xuất sắc nhiệm vụ: 1; Hoàn thành tốt nhiệm vụ: 2; …" over the decided grades.</summary>
    private static string Summary(IReadOnlyList<GradingResultEntry> entries) =>
        "Tổng hợp: " + string.Join("; ", Enum.GetValues<MemberGrade>().Select(g =>
            $"{GradeNames.Of(g)}: {entries.Count(e => e.FinalGrade == g).ToString(CultureInfo.InvariantCulture)}")) + ".";
}
