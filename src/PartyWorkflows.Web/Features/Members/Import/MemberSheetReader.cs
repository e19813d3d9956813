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
    public static SheetReading Read(Stream content)
    {
        try
        {
            using var package = SpreadsheetDocument.Open(content, false);
            var workbook = package.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id)
            {
                return SheetReading.Failed("Tệp không có trang tính nào.");
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var rows = ((WorksheetPart)workbook.GetPartById(id)).Worksheet.Descendants<Row>().ToList();
            var header = rows.FirstOrDefault();
            if (header is null)
            {
                return SheetReading.Failed("Trang tính đầu tiên không có dòng tiêu đề.");
            }

            var headings = Texts(header, strings).Where(c => !string.IsNullOrWhiteSpace(c.Value)).ToDictionary(c => c.Key, c => c.Value.Trim());
            if (headings.Values.GroupBy(h => h).FirstOrDefault(g => g.Count() > 1) is { } repeated)
            {
                return SheetReading.Failed($"Dòng tiêu đề có hai cột “{repeated.Key}”.");
            }

            var data = new List<SheetRow>();
            foreach (var (row, index) in rows.Select((r, i) => (r, i)).Skip(1))
            {
                var values = Texts(row, strings)
                    .Where(c => headings.ContainsKey(c.Key) && !string.IsNullOrWhiteSpace(c.Value))
                    .ToDictionary(c => headings[c.Key], c => c.Value.Trim());
                if (values.Count > 0)
                {
                    // A row written without its index is numbered by its position.
                    data.Add(new SheetRow((int)(row.RowIndex?.Value ?? (uint)(index + 1)), values));
                }
            }

            return new SheetReading(headings.Values.ToList(), data);
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            return SheetReading.Failed("Tệp không phải bảng tính Excel (.xlsx) đọc được.");
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
