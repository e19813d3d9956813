namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>A data row of the import sheet: its Excel row number and its texts by heading (empty cells absent).</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Values)
{
    public string? this[string heading] => Values.TryGetValue(heading, out var value) ? value : null;
}
