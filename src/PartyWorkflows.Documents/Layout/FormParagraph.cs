namespace PartyWorkflows.Documents.Layout;

/// <summary>A paragraph before or after the table.</summary>
/// <param name="Heading">Bold and centred, like "QUYẾT ĐỊNH:" or the deciding body in a decision.</param>
public sealed record FormParagraph(string Text, bool Heading = false)
{
    public static implicit operator FormParagraph(string text) => new(text);
}
