using PartyWorkflows.Documents.Members;

namespace PartyWorkflows.Documents.Layout;

/// <summary>
/// The member columns that every member list opens with, in the order of the paper forms: Họ và tên, Ngày sinh, Quê
/// quán, Ngày vào Đảng, Ngày chính thức. Lists print a subset by choosing the columns.
/// </summary>
public static class MemberColumns
{
    public static readonly MemberColumn FullName = new(new FormColumn("Họ và tên", 24), m => m.FullName);
    public static readonly MemberColumn BirthDate = new(new FormColumn("Ngày, tháng, năm sinh", 14), m => VietnameseText.ShortDate(m.BirthDate));
    public static readonly MemberColumn Hometown = new(new FormColumn("Quê quán", 22), m => m.Hometown ?? string.Empty);
    public static readonly MemberColumn AdmittedOn = new(new FormColumn("Ngày vào Đảng", 14), m => VietnameseText.ShortDate(m.AdmittedOn));
    public static readonly MemberColumn FullMemberOn = new(new FormColumn("Ngày chính thức", 14), m => VietnameseText.ShortDate(m.FullMemberOn));
    public static readonly MemberColumn Cell = new(new FormColumn("Chi bộ", 20), m => m.CellName ?? string.Empty);

    /// <summary>All five particulars.</summary>
    public static readonly IReadOnlyList<MemberColumn> Particulars = [FullName, BirthDate, Hometown, AdmittedOn, FullMemberOn];
}

/// <param name="Value">The cell text for a member.</param>
public sealed record MemberColumn(FormColumn Column, Func<MemberParticulars, string> Value);
