using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>
/// The empty import workbook: one sheet whose first row carries the headings the importer reads, in bold and frozen.
/// The key and card-number columns are formatted as text, or Excel would turn 30.000010 into the number 30.00001.
/// </summary>
public static class MemberSheetTemplate
{
    private const uint TextStyle = 1;
    private const uint HeadingStyle = 2;

    /// <summary>Excel's built-in "@" (text) number format.</summary>
    private const uint TextFormat = 49;

    private static readonly string[] TextColumns = [MemberSheet.MemberKey, MemberSheet.CellCode, MemberSheet.CardNumber];

    public static byte[] Create()
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var headings = new Row { RowIndex = 1 };
            headings.Append(MemberSheet.Headings.Select((heading, i) => new Cell
            {
                CellReference = SheetColumns.Letters(i + 1) + "1",
                DataType = CellValues.InlineString,
                StyleIndex = HeadingStyle,
                InlineString = new InlineString(new Text(heading)),
            }));
            sheetPart.Worksheet = new Worksheet(FrozenHeadings(), Columns(), new SheetData(headings));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = MemberSheet.SheetName }));
        }

        return stream.ToArray();
    }

    private static Columns Columns() => new(MemberSheet.Headings.Select((heading, i) => new Column
    {
        Min = (uint)(i + 1),
        Max = (uint)(i + 1),
        Width = 22,
        CustomWidth = true,
        Style = TextColumns.Contains(heading) ? TextStyle : null,
    }));

    private static SheetViews FrozenHeadings() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
    {
        WorkbookViewId = 0,
    });

    /// <summary>Style 0 the default, 1 text, 2 bold headings; the two fills are the ones Excel requires first.</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())),
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
        new Borders(new Border()),
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = TextFormat, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true }));
}
