using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.CardForms;

/// <summary>Fills and writes a card list: the header, the form's title, the batch line, the member table, the signatures.</summary>
internal static class CardListDocument
{
    public static readonly (FormColumn, Func<CardListEntry, string?>) CardNumber = (new FormColumn("Số thẻ đảng viên", 13), e => e.CardNumber);
    public static readonly (FormColumn, Func<CardListEntry, string?>) Grassroots = (new FormColumn("Đảng bộ, chi bộ cơ sở", 22), e => e.GrassrootsName);
    public static readonly (FormColumn, Func<CardListEntry, string?>) Cell = (MemberColumns.Cell.Column, e => e.Member.CellName);
    public static readonly (FormColumn, Func<CardListEntry, string?>) Note = (new FormColumn("Ghi chú", 14), e => e.Note);

    /// <summary>Left empty on the printed form: filled in by hand (dates of receipt, signatures of receivers).</summary>
    public static (FormColumn, Func<CardListEntry, string?>) Handwritten(string heading) => (new FormColumn(heading, 14), _ => null);

    public static FormFile Write(
        StandardForm form,
        CardList list,
        IReadOnlyList<MemberColumn> memberColumns,
        params IReadOnlyList<(FormColumn, Func<CardListEntry, string?>)> extra) =>
        FormWriter.Write(form, new FormDocument(
            form.FormCode,
            list.Header,
            form.Title,
            list.Batch is null ? [] : [list.Batch],
            MemberTable.Of(list.Entries, e => e.Member, memberColumns, extra),
            list.Signatures));
}
