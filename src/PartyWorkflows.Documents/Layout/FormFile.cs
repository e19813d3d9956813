namespace PartyWorkflows.Documents.Layout;

/// <summary>A generated form: what the download endpoint sends.</summary>
public sealed record FormFile(string FileName, string ContentType, byte[] Content);
