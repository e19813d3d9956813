using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>
/// Reads the first sheet of an .xlsx: the first row's texts name the columns, every later non-empty row becomes a
/// <see cref="SheetRow"/>. Cell texts come from the shared string table, inline strings or the raw value (numbers,
/// including dates stored as serial numbers, which the row parser interprets).
/// </summary>
public static class MemberSheetReader
{
    /// <returns>The rows, or null with the reason when the file is not a readable workbook.</returns>
    public static (IReadOnlyList<string> Headings, List<SheetRow> Rows)? Read(Stream content, out string? error)
    {
        error = null;
        try
        {
            using var package = SpreadsheetDocument.Open(content, false);
            var workbook = package.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id)
            {
                error = "Tệp không có trang tính nào.";
                return null;
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Row>().ToList();
            var header = rows.FirstOrDefault();
            if (header is null)
            {
                error = "Trang tính đầu tiên không có dòng tiêu đề.";
                return null;
            }

            var headings = Texts(header, strings).ToDictionary(c => c.Key, c => c.Value.Trim());
            var data = new List<SheetRow>();
            foreach (var row in rows.Skip(1))
            {
                var values = Texts(row, strings)
                    .Where(c => headings.ContainsKey(c.Key) && !string.IsNullOrWhiteSpace(c.Value))
                    .ToDictionary(c => headings[c.Key], c => c.Value.Trim());
                if (values.Count > 0)
                {
                    data.Add(new SheetRow((int)(row.RowIndex?.Value ?? (uint)(rows.IndexOf(row) + 1)), values));
                }
            }

            return (headings.Values.ToList(), data);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            error = "Tệp không phải bảng tính Excel (.xlsx) đọc được.";
            return null;
        }
    }

    private static IEnumerable<KeyValuePair<int, string>> Texts(Row row, List<string> strings)
    {
        var position = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            // A cell without a reference follows the previous one.
            position = cell.CellReference?.Value is { } reference ? SheetColumns.Of(reference) : position + 1;
            var text = cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index) && index < strings.Count
                ? strings[index]
                : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText : cell.CellValue?.Text;
            yield return new KeyValuePair<int, string>(position, text ?? string.Empty);
        }
    }
}
