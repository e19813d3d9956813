namespace PartyWorkflows.Documents.Layout;

/// <param name="Heading">Column heading as on the paper form.</param>
/// <param name="Width">Width in characters (spreadsheet) or proportion (document table).</param>
public sealed record FormColumn(string Heading, double Width);
