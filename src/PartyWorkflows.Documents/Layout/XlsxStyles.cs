using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyWorkflows.Documents.Layout;

/// <summary>The cell formats of the spreadsheet forms (Times New Roman, as the paper forms are typed).</summary>
internal static class XlsxStyles
{
    public const uint Paragraph = 1;
    public const uint HeaderLine = 2;
    public const uint DateLine = 3;
    public const uint Title = 4;
    public const uint TableHeading = 5;
    public const uint TableText = 6;
    public const uint TableCentred = 7;
    public const uint Centred = 8;
    public const uint Marker = 9;
    public const uint PartyName = 10;

    private const string FontName = "Times New Roman";

    public static Stylesheet Create() => new(
        new Fonts(Font(12, bold: false, italic: false), Font(12, bold: true, italic: false), Font(12, bold: false, italic: true), Font(14, bold: true, italic: false),
            Font(12, bold: true, italic: false, underline: true)),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border(), ThinBorder()),
        new CellFormats(
            new CellFormat(),
            Format(font: 0, border: 0, HorizontalAlignmentValues.Justify),
            Format(font: 1, border: 0, HorizontalAlignmentValues.Center),
            Format(font: 2, border: 0, HorizontalAlignmentValues.Center),
            Format(font: 3, border: 0, HorizontalAlignmentValues.Center),
            Format(font: 1, border: 1, HorizontalAlignmentValues.Center),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Left),
            Format(font: 0, border: 1, HorizontalAlignmentValues.Center),
            Format(font: 0, border: 0, HorizontalAlignmentValues.Center),
            Format(font: 2, border: 0, HorizontalAlignmentValues.Right),
            Format(font: 4, border: 0, HorizontalAlignmentValues.Center)));

    private static Font Font(double size, bool bold, bool italic, bool underline = false)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        if (underline)
        {
            font.Append(new Underline());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = FontName });
        return font;
    }

    private static Border ThinBorder() => new(
        new LeftBorder { Style = BorderStyleValues.Thin },
        new RightBorder { Style = BorderStyleValues.Thin },
        new TopBorder { Style = BorderStyleValues.Thin },
        new BottomBorder { Style = BorderStyleValues.Thin },
        new DiagonalBorder());

    private static CellFormat Format(uint font, uint border, HorizontalAlignmentValues horizontal) => new(
        new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = true })
    {
        FontId = font,
        BorderId = border,
        FillId = 0,
        ApplyFont = true,
        ApplyBorder = border != 0,
        ApplyAlignment = true,
    };
}
