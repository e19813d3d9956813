using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyWorkflows.Browser.Tests.Fixtures;

/// <summary>
/// Fills the import template the page downloads: one row per member under its heading row, in the template's column
/// order (Họ và tên, Ngày sinh, Mã đảng viên, Chi bộ (mã), Ngày vào Đảng, Ngày chính thức, Số thẻ, Trạng thái), every
/// cell written as text as a user types it (dates dd/MM/yyyy). A null leaves the cell empty.
/// </summary>
public static class MemberWorkbook
{
    public static byte[] Fill(byte[] template, params string?[][] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var package = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbook = package.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!;
            for (var r = 0; r < rows.Length; r++)
            {
                var number = (uint)(r + 2);
                var row = new Row { RowIndex = number };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } text)
                    {
                        row.Append(new Cell
                        {
                            CellReference = $"{(char)('A' + c)}{number}",
                            DataType = CellValues.InlineString,
                            InlineString = new InlineString(new Text(text)),
                        });
                    }
                }

                data.Append(row);
            }
        }

        return stream.ToArray();
    }
}
