namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>The import workbook's columns: Vietnamese headings on the first row of the first sheet, in this order in the template.</summary>
public static class MemberSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string TemplateFileName = "mau-nhap-dang-vien.xlsx";
    public const string SheetName = "Đảng viên";

    public const string FullName = "Họ và tên";
    public const string BirthDate = "Ngày sinh";
    public const string MemberKey = "Mã đảng viên";
    public const string CellCode = "Chi bộ (mã)";
    public const string AdmittedOn = "Ngày vào Đảng";
    public const string FullMemberOn = "Ngày chính thức";
    public const string CardNumber = "Số thẻ đảng viên";
    public const string Status = "Trạng thái";

    public static IReadOnlyList<string> Headings { get; } = [FullName, BirthDate, MemberKey, CellCode, AdmittedOn, FullMemberOn, CardNumber, Status];

    /// <summary>Columns every row must fill; the others may be left empty.</summary>
    public static IReadOnlyList<string> Required { get; } = [FullName, BirthDate, MemberKey, CellCode, AdmittedOn];
}
