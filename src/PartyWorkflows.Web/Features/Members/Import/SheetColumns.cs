namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>Excel column letters (A, B, … Z, AA …) and 1-based column numbers.</summary>
public static class SheetColumns
{
    public static string Letters(int column)
    {
        var letters = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }

        return letters;
    }

    /// <summary>The column of a cell reference such as "C12".</summary>
    public static int Of(string cellReference)
    {
        var column = 0;
        foreach (var c in cellReference.TakeWhile(char.IsAsciiLetter))
        {
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column;
    }
}
