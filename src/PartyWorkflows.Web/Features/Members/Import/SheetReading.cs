namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>What was read from an import workbook: the first row's headings and the data rows, or why nothing could be read.</summary>
public sealed record SheetReading(IReadOnlyList<string> Headings, IReadOnlyList<SheetRow> Rows, string? Error = null)
{
    public static SheetReading Failed(string error) => new([], [], error);
}
