namespace PartyWorkflows.Documents.Layout;

/// <summary>Writes a filled form in its standard form's format.</summary>
public static class FormWriter
{
    public static FormFile Write(StandardForm form, FormDocument document) => new(
        form.FileName,
        form.ContentType,
        form.Format switch
        {
            FormFormat.Xlsx => XlsxFormWriter.Write(document),
            FormFormat.Docx => DocxFormWriter.Write(document),
            _ => throw new ArgumentOutOfRangeException(nameof(form), form.Format, "Unknown form format."),
        });
}
