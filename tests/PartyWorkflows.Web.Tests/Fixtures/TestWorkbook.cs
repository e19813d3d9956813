using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>
/// Builds an .xlsx as Excel saves one: texts in the shared string table, numbers (and date cells, as serial numbers)
/// as plain values. Row 1 is the headings; a null cell is left out.
/// </summary>
public static class TestWorkbook
{
    public static byte[] Build(IReadOnlyList<string> headings, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = new SharedStringTable();
            var data = new SheetData();
            foreach (var (values, index) in new[] { headings.Cast<object?>().ToArray() }.Concat(rows).Select((r, i) => (r, i)))
            {
                var row = new Row { RowIndex = (uint)(index + 1) };
                for (var column = 0; column < values.Length; column++)
                {
                    if (values[column] is { } value)
                    {
                        row.Append(Cell($"{(char)('A' + column)}{index + 1}", value, strings));
                    }
                }

                data.Append(row);
            }

            workbook.AddNewPart<SharedStringTablePart>().SharedStringTable = strings;
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Sheet1" }));
        }

        return stream.ToArray();
    }

    private static Cell Cell(string reference, object value, SharedStringTable strings)
    {
        if (value is DateOnly date)
        {
            return new Cell { CellReference = reference, CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate()) };
        }

        strings.Append(new SharedStringItem(new Text((string)value)));
        return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.ChildElements.Count - 1) };
    }

    public static MultipartFormDataContent Upload(byte[] workbook)
    {
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "dang-vien.xlsx" } };
    }
}
