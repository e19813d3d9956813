using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyWorkflows.Documents.Tests.Reading;

/// <summary>A generated .xlsx opened with the Open XML SDK: its single sheet as a grid of texts, 1-based like Excel.</summary>
public sealed class OpenedSheet
{
    private readonly Dictionary<(int Row, int Column), string> _cells = [];

    private OpenedSheet(string name, IEnumerable<string> merges)
    {
        Name = name;
        Merges = [.. merges];
    }

    public string Name { get; }
    public IReadOnlyList<string> Merges { get; }
    public int LastRow => _cells.Keys.Max(k => k.Row);

    public static OpenedSheet Open(byte[] content)
    {
        using var package = SpreadsheetDocument.Open(new MemoryStream(content), false);
        OpenXmlValid.Check(package);
        var workbook = package.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var opened = new OpenedSheet(sheet.Name!, part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!));
        foreach (var cell in part.Worksheet.Descendants<Cell>())
        {
            var text = cell.InlineString?.InnerText ?? cell.CellValue?.Text;
            if (!string.IsNullOrEmpty(text))
            {
                opened._cells[Position(cell.CellReference!.Value!)] = text;
            }
        }

        return opened;
    }

    public string this[int row, int column] => _cells.GetValueOrDefault((row, column), string.Empty);

    /// <summary>The texts of a row, by column, empty cells left out.</summary>
    public IReadOnlyList<string> Row(int row) => [.. _cells.Where(c => c.Key.Row == row).OrderBy(c => c.Key.Column).Select(c => c.Value)];

    /// <summary>The first row whose first cell is <paramref name="text"/>.</summary>
    public int RowStartingWith(string text) =>
        _cells.Where(c => c.Key.Column == 1 && c.Value == text).Select(c => c.Key.Row).DefaultIfEmpty(0).Min();

    public bool Contains(string text) => _cells.Values.Contains(text);

    /// <summary>Row of the first cell holding <paramref name="text"/>.</summary>
    public int RowOf(string text) => _cells.Where(c => c.Value == text).Select(c => c.Key.Row).DefaultIfEmpty(0).Min();

    private static (int, int) Position(string reference)
    {
        var letters = new string([.. reference.TakeWhile(char.IsLetter)]);
        var column = letters.Aggregate(0, (n, c) => (n * 26) + (c - 'A' + 1));
        return (int.Parse(reference[letters.Length..], System.Globalization.CultureInfo.InvariantCulture), column);
    }
}
