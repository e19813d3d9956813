using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>The empty import workbook: one sheet whose first row carries the headings the importer reads.</summary>
public static class MemberSheetTemplate
{
    public static byte[] Create()
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var headings = new Row { RowIndex = 1 };
            headings.Append(MemberSheet.Headings.Select((heading, i) => new Cell
            {
                CellReference = SheetColumns.Letters(i + 1) + "1",
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(heading)),
            }));
            var widths = new Columns(new Column { Min = 1, Max = (uint)MemberSheet.Headings.Count, Width = 22, CustomWidth = true });
            sheetPart.Worksheet = new Worksheet(widths, new SheetData(headings));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = MemberSheet.SheetName }));
        }

        return stream.ToArray();
    }
}
