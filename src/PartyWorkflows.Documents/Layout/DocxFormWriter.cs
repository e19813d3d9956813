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

    /// <summary>Half-points: 11 pt in the tables, so that dates fit their columns.</summary>
    private const int TableSize = 22;

    /// <summary>A4 in twentieths of a point.</summary>
    private const int A4Short = 11906, A4Long = 16838, Margin = 1134;

    /// <summary>Wider tables than this go on a landscape page.</summary>
    private const int PortraitColumns = 7;

    /// <summary>Empty paragraphs left for the handwritten signature and the seal.</summary>
    private const int SignatureSpace = 3;

    public static byte[] Write(FormDocument form)
    {
        var landscape = (form.Table?.PrintedColumns.Count ?? 0) > PortraitColumns;
        var width = (landscape ? A4Long : A4Short) - (2 * Margin);
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

            body.Append(HeaderTable(form.Header, width));
            body.Append(Paragraph(string.Empty, JustificationValues.Center));
            body.Append(Paragraph(form.PrintedTitle, JustificationValues.Center, bold: true, size: TitleSize));
            body.Append(form.Subtitles.Select(s => Paragraph(s, JustificationValues.Center, italic: true)));
            body.Append(form.Preamble.Select(Paragraph));
            if (form.Table is { } table)
            {
                body.Append(DataTable(table, width));
            }

            body.Append(form.Closing.Select(Paragraph));
            if (form.Signatures.Count > 0)
            {
                body.Append(Paragraph(string.Empty, JustificationValues.Center));
                body.Append(SignatureTable(form.Signatures, width));
            }

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

    private static Table HeaderTable(FormHeader header, int width) => Grid(
        Halves(width, 2),
        bordered: false,
        [[
            header.IssuerLines.Select(line => Paragraph(line, JustificationValues.Center, bold: true)),
            [
                Paragraph(FormHeader.PartyName, JustificationValues.Center, bold: true, underline: true),
                Paragraph(string.Empty, JustificationValues.Center),
                Paragraph(header.DateLine, JustificationValues.Center, italic: true),
            ],
        ]]);

    private static Table SignatureTable(IReadOnlyList<FormSignature> signatures, int width)
    {
        // A single signer signs on the right, as on the paper forms.
        IEnumerable<Paragraph>[] blocks = [.. signatures.Select(SignatureBlock)];
        return signatures.Count == 1
            ? Grid(Halves(width, 2), bordered: false, [[[Paragraph(string.Empty, JustificationValues.Center)], blocks[0]]])
            : Grid(Halves(width, signatures.Count), bordered: false, [blocks]);
    }

    private static IEnumerable<Paragraph> SignatureBlock(FormSignature signature) =>
    [
        .. signature.Lines.Select(line => Paragraph(line, JustificationValues.Center, bold: true)),
        .. Enumerable.Range(0, SignatureSpace).Select(_ => Paragraph(string.Empty, JustificationValues.Center)),
        Paragraph(signature.SignerName ?? string.Empty, JustificationValues.Center, bold: true),
    ];

    private static Table DataTable(FormTable table, int width)
    {
        var total = table.PrintedColumns.Sum(c => c.Width);
        int[] widths = [.. table.PrintedColumns.Select(c => (int)(c.Width / total * width))];
        IEnumerable<IEnumerable<Paragraph>>[] rows =
        [
            table.Headings.Select(h => (IEnumerable<Paragraph>)[Paragraph(h, JustificationValues.Center, bold: true, size: TableSize)]),
            .. table.PrintedRows.Select(row => row.Select((text, i) =>
                (IEnumerable<Paragraph>)[Paragraph(text, i == 0 ? JustificationValues.Center : JustificationValues.Left, size: TableSize)])),
        ];
        return Grid(widths, bordered: true, rows);
    }

    private static int[] Halves(int width, int count) => [.. Enumerable.Repeat(width / count, count)];

    /// <summary>
    /// A fixed-layout table with its column widths on the grid and on every cell, so that Word and LibreOffice keep the
    /// widths instead of spreading the columns evenly.
    /// </summary>
    private static Table Grid(IReadOnlyList<int> widths, bool bordered, IEnumerable<IEnumerable<IEnumerable<Paragraph>>> rows)
    {
        var line = bordered ? BorderValues.Single : BorderValues.None;
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(widths.Sum()) },
                new TableBorders(
                    new TopBorder { Val = line, Size = 4 },
                    new LeftBorder { Val = line, Size = 4 },
                    new BottomBorder { Val = line, Size = 4 },
                    new RightBorder { Val = line, Size = 4 },
                    new InsideHorizontalBorder { Val = line, Size = 4 },
                    new InsideVerticalBorder { Val = line, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        table.Append(rows.Select(row => new TableRow(row.Select((paragraphs, i) => new TableCell(
        [
            new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(widths[i]) }),
            .. paragraphs,
        ])))));
        return table;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(FormParagraph paragraph) => paragraph.Heading
        ? Paragraph(paragraph.Text, JustificationValues.Center, bold: true)
        : Paragraph(paragraph.Text, JustificationValues.Both);

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
