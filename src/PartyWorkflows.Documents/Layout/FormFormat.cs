namespace PartyWorkflows.Documents.Layout;

/// <summary>Lists and books are spreadsheets; decisions are documents.</summary>
public enum FormFormat
{
    Xlsx,
    Docx,
}
