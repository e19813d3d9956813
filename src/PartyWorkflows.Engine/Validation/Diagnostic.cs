using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Engine.Validation;

public enum DiagnosticSeverity { Error, Warning }

/// <summary>One finding about a definition, in both UI languages, pointing at the element and its line.</summary>
/// <param name="Code">Stable code from <see cref="DiagnosticCodes"/>; clients and tests key on it, never on the text.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string? ElementId,
    SourceLocation? Location,
    string MessageEn,
    string MessageVi)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        var where = Location is { } l ? $"{l.Line}:{l.Column} " : "";
        var element = ElementId is null ? "" : $"[{ElementId}] ";
        return $"{where}{Severity.ToString().ToLowerInvariant()} {Code}: {element}{MessageEn} / {MessageVi}";
    }
}
