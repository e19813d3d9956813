using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PartyWorkflows.Documents.Layout;

/// <summary>
/// Lays a <see cref="FormDocument"/> out as an A4 Word document: the marker, the header block as a borderless
/// two-column table, the title, the paragraphs, the bordered numbered table and the signature blocks as a borderless
/// table. Wide tables turn the page to landscape.
/// </summary>
public static class DocxFormWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string FontName = "Times New Roman";

    /// <summary>Half-points: 13 pt body text, 14 pt title, as Party documents are typed.</summary>
    private const int BodySize = 26;

    private const int TitleSize = 28;

    /// <summary>A4 in twentieths of a point.</summary>
    private const int A4Short = 11906, A4Long = 16838, Margin = 1134;

    /// <summary>Grid width of the tables, in twentieths of a point (Word fits the 100 % table to the page).</summary>
    private const int PrintableWidth = 9638;

    /// <summary>Wider tables than this go on a landscape page.</summary>
    private const int PortraitColumns = 7;

    /// <summary>Empty paragraphs left for the handwritten signature and the seal.</summary>
    private const int SignatureSpace = 3;

    public static byte[] Write(FormDocument form)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);

            if (form.Marker is { } marker)
            {
                body.Append(Paragraph(marker, JustificationValues.Right, italic: true));
            }

            body.Append(HeaderTable(form.Header));
            body.Append(Paragraph(string.Empty, JustificationValues.Center));
            body.Append(Paragraph(form.PrintedTitle, JustificationValues.Center, bold: true, size: TitleSize));
            body.Append(form.Subtitles.Select(s => Paragraph(s, JustificationValues.Center, italic: true)));
            body.Append(form.Preamble.Select(p => Paragraph(p, JustificationValues.Both)));
            if (form.Table is { } table)
            {
                body.Append(DataTable(table));
            }

            body.Append(form.Closing.Select(p => Paragraph(p, JustificationValues.Both)));
            if (form.Signatures.Count > 0)
            {
                body.Append(Paragraph(string.Empty, JustificationValues.Center));
                body.Append(SignatureTable(form.Signatures));
            }

            var landscape = (form.Table?.PrintedColumns.Count ?? 0) > PortraitColumns;
            body.Append(new SectionProperties(
                new PageSize
                {
                    Width = (uint)(landscape ? A4Long : A4Short),
                    Height = (uint)(landscape ? A4Short : A4Long),
                    Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
                },
                new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin }));
        }

        return stream.ToArray();
    }

    private static Table HeaderTable(FormHeader header) => Borderless(
        Cell(header.IssuerLines.Select(line => Paragraph(line, JustificationValues.Center, bold: true))),
        Cell([
            Paragraph(FormHeader.PartyName, JustificationValues.Center, bold: true, underline: true),
            Paragraph(string.Empty, JustificationValues.Center),
            Paragraph(header.DateLine, JustificationValues.Center, italic: true),
        ]));

    private static Table SignatureTable(IReadOnlyList<FormSignature> signatures)
    {
        // A single signer signs on the right, as on the paper forms.
        var blocks = signatures.Select(SignatureCell).ToList();
        return Borderless(signatures.Count == 1 ? [Cell([Paragraph(string.Empty, JustificationValues.Center)]), .. blocks] : [.. blocks]);
    }

    private static TableCell SignatureCell(FormSignature signature) => Cell([
        .. signature.Lines.Select(line => Paragraph(line, JustificationValues.Center, bold: true)),
        .. Enumerable.Range(0, SignatureSpace).Select(_ => Paragraph(string.Empty, JustificationValues.Center)),
        Paragraph(signature.SignerName ?? string.Empty, JustificationValues.Center, bold: true),
    ]);

    private static Table DataTable(FormTable table)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var result = new Table(new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, border));
        var total = table.PrintedColumns.Sum(c => c.Width);
        result.Append(new TableGrid(table.PrintedColumns.Select(c => new GridColumn { Width = ((int)(c.Width / total * PrintableWidth)).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        result.Append(new TableRow(table.Headings.Select(h => Cell([Paragraph(h, JustificationValues.Center, bold: true)]))));
        foreach (var row in table.PrintedRows)
        {
            result.Append(new TableRow(row.Select((text, i) => Cell([Paragraph(text, i == 0 ? JustificationValues.Center : JustificationValues.Left)]))));
        }

        return result;
    }

    private static Table Borderless(params IReadOnlyList<TableCell> cells)
    {
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.None },
            new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None },
            new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None },
            new InsideVerticalBorder { Val = BorderValues.None });
        return new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, none),
            new TableGrid(cells.Select(_ => new GridColumn { Width = (PrintableWidth / cells.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) })),
            new TableRow(cells));
    }

    private static TableCell Cell(IEnumerable<Paragraph> paragraphs) => new(paragraphs);

    private static Paragraph Paragraph(
        string text, JustificationValues justification, bool bold = false, bool italic = false, bool underline = false, int size = BodySize)
    {
        var properties = new RunProperties(new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName });
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        properties.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (underline)
        {
            properties.Append(new Underline { Val = UnderlineValues.Single });
        }

        return new Paragraph(
            new ParagraphProperties(new Justification { Val = justification }),
            new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
