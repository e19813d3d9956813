using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents;

/// <summary>
/// One standard form: its code in URLs and JSON (ASCII, lower case: "1a-tdv"), the code printed on it ("1A-TĐV"; null
/// for lists the seeds name without a form number), its title and its format.
/// </summary>
public sealed record StandardForm(string Code, string? FormCode, string Title, FormFormat Format)
{
    /// <summary>"Mẫu 1-TĐV – Danh sách đề nghị phát thẻ đảng viên".</summary>
    public string DisplayTitle => FormCode is null ? Title : $"Mẫu {FormCode} – {Title}";

    /// <summary>ASCII ("Mau-1A-TDV.xlsx"): "Đ" is spelled "D" so that every mail client and file system keeps the name.</summary>
    public string FileName => (FormCode is null ? Code : $"Mau-{FormCode.Replace('Đ', 'D')}") + (Format == FormFormat.Xlsx ? ".xlsx" : ".docx");

    public string ContentType => Format == FormFormat.Xlsx ? XlsxFormWriter.ContentType : DocxFormWriter.ContentType;
}
