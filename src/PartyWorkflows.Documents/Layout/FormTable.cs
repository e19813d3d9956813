namespace PartyWorkflows.Documents.Layout;

/// <summary>
/// The numbered table of a form: the "TT" (thứ tự) column comes first and numbers the rows from 1; a total row, when
/// given, is labelled "Cộng" and not numbered.
/// </summary>
public sealed record FormTable(IReadOnlyList<FormColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string>? TotalRow = null)
{
    public const string NumberHeading = "TT";
    public const string TotalLabel = "Cộng";

    public static readonly FormColumn NumberColumn = new(NumberHeading, 6);

    /// <summary>The headings as printed, "TT" first.</summary>
    public IReadOnlyList<string> Headings => [NumberHeading, .. Columns.Select(c => c.Heading)];

    /// <summary>The printed rows: number first, then the total row (if any).</summary>
    public IReadOnlyList<IReadOnlyList<string>> PrintedRows =>
    [
        .. Rows.Select((row, i) => (IReadOnlyList<string>)[(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), .. row]),
        .. TotalRow is null ? Array.Empty<IReadOnlyList<string>>() : [[TotalLabel, .. TotalRow]],
    ];

    public IReadOnlyList<FormColumn> PrintedColumns => [NumberColumn, .. Columns];
}
