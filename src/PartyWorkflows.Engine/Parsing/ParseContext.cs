using System.Xml.Linq;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>State shared by the readers of one document: the diagnostics so far and the definitions-level lookups.</summary>
internal sealed class ParseContext(
    IReadOnlyDictionary<string, XElement> messages,
    IReadOnlyDictionary<string, XElement> errors,
    IReadOnlySet<XElement> duplicates)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary><c>message</c> elements by id, for messageRef.</summary>
    public IReadOnlyDictionary<string, XElement> Messages { get; } = messages;

    /// <summary><c>error</c> elements by id, for errorRef.</summary>
    public IReadOnlyDictionary<string, XElement> Errors { get; } = errors;

    /// <summary>Elements whose id an earlier element already took; they are reported once and then skipped.</summary>
    public IReadOnlySet<XElement> Duplicates { get; } = duplicates;

    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public void ReportAll(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);
}
