using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Screening;

/// <summary>
/// The cell's screening lists, seed 003_8ecac7def258469f.txt appendix §2: step 1 "ra nghị quyết đưa vào danh sách cần
/// được giáo dục, giúp đỡ trước khi xem xét, quyết định đưa ra khỏi Đảng; báo cáo cấp ủy cơ sở ... phê duyệt", with the
/// helper assigned in step 2; step 3 the ballot "đề nghị xem xét đưa ra khỏi Đảng". The seed says the ward's Party
/// building department drafts the templates ("Xây dựng một số mẫu biểu", §III.2) without giving them, so the columns
/// must be checked against those templates.
/// </summary>
public static class ScreeningListForm
{
    public static FormFile Write(ScreeningList list)
    {
        var education = list.Kind == ScreeningListKind.EducationAndHelp;
        var form = education ? StandardForms.EducationList : StandardForms.RemovalList;
        List<(FormColumn, Func<ScreeningEntry, string?>)> columns =
        [
            (new FormColumn(education ? "Nội dung vi phạm (tiêu chí mục 2.3)" : "Nội dung vi phạm (tiêu chí mục 2.2)", 30), e => e.Criterion),
            (new FormColumn("Số phiếu đồng ý / số đảng viên chính thức được triệu tập", 14), e => e.VotesInFavour is { } votes && list.ConvenedFullMembers is { } convened ? $"{votes}/{convened}" : null),
        ];
        if (education)
        {
            columns.Add((new FormColumn("Đảng viên được phân công giúp đỡ", 20), e => e.Helper));
        }

        columns.Add((new FormColumn("Ghi chú", 16), e => e.Note));
        return FormWriter.Write(form, new FormDocument(
            form.FormCode,
            list.Header,
            form.Title,
            [list.CellName],
            MemberTable.Of(list.Entries, e => e.Member, [MemberColumns.FullName, MemberColumns.BirthDate, MemberColumns.AdmittedOn], columns),
            list.Signatures));
    }
}
