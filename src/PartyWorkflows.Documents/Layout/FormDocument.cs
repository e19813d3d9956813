namespace PartyWorkflows.Documents.Layout;

/// <summary>
/// Everything one form prints, top to bottom: the form marker ("Mẫu 1-TĐV") and header block, the title in
/// capitals and its sub-lines, the paragraphs before the table, the numbered table, the paragraphs after it, and the
/// signature blocks side by side. The writers lay it out; generators only fill it.
/// </summary>
public sealed record FormDocument(
    string? FormCode,
    FormHeader Header,
    string Title,
    IReadOnlyList<string> Subtitles,
    FormTable? Table,
    IReadOnlyList<FormSignature> Signatures)
{
    public IReadOnlyList<FormParagraph> Preamble { get; init; } = [];
    public IReadOnlyList<FormParagraph> Closing { get; init; } = [];

    /// <summary>"Mẫu 1-TĐV"; null for a list without a form number.</summary>
    public string? Marker => FormCode is null ? null : $"Mẫu {FormCode}";

    public string PrintedTitle => VietnameseText.Upper(Title);
}
