using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Tests.Reading;

/// <summary>Checks shared by every spreadsheet form: marker, header block, title, numbered table, signature block.</summary>
internal static class FormAssert
{
    /// <returns>The row of the table headings.</returns>
    public static int Layout(OpenedSheet sheet, string? marker, FormHeader header, string title, IReadOnlyList<string> headings, int rows)
    {
        if (marker is not null)
        {
            Assert.Equal(marker, sheet.Name);
            Assert.Equal([marker], sheet.Row(1));
        }

        Assert.True(sheet.Contains(FormHeader.PartyName));
        Assert.True(sheet.Contains(header.DateLine), header.DateLine);
        Assert.True(sheet.Contains(VietnameseText.Upper(header.IssuerName)));
        Assert.True(sheet.RowOf(title) > sheet.RowOf(FormHeader.PartyName), "title below the header");

        var headingRow = sheet.RowStartingWith("TT");
        Assert.True(headingRow > sheet.RowOf(title), "table below the title");
        Assert.Equal(headings, sheet.Row(headingRow));
        for (var i = 1; i <= rows; i++)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), sheet[headingRow + i, 1]);
        }

        Assert.Contains(sheet[headingRow + rows + 1, 1], new[] { string.Empty, FormTable.TotalLabel });
        return headingRow;
    }

    /// <summary>The signature block's lines, in order, below the table.</summary>
    public static void Signed(OpenedSheet sheet, int below, params string[] lines)
    {
        var previous = below;
        foreach (var line in lines)
        {
            var row = sheet.RowOf(line);
            Assert.True(row > previous, $"{line} below row {previous}");
            previous = row;
        }
    }
}
