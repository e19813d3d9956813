using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PartyWorkflows.Documents.Tests.Reading;

/// <summary>A generated .docx opened with the Open XML SDK: its body paragraphs (outside tables) and its tables as grids.</summary>
public sealed class OpenedDocument
{
    private OpenedDocument(IReadOnlyList<string> paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> tables)
    {
        Paragraphs = paragraphs;
        Tables = tables;
    }

    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Tables in order; each a list of rows of cell texts (a cell's paragraphs joined by new lines).</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables { get; }

    public static OpenedDocument Open(byte[] content)
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(content), false);
        OpenXmlValid.Check(package);
        var body = package.MainDocumentPart!.Document!.Body!;
        return new OpenedDocument(
            [.. body.Elements<Paragraph>().Select(p => p.InnerText)],
            [.. body.Elements<Table>().Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<TableRow>().Select(r =>
                (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText)))])])]);
    }
}
