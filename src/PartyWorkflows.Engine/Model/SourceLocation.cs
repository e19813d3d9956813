namespace PartyWorkflows.Engine.Model;

/// <summary>Line and column (1-based) of an element in its BPMN file, so diagnostics point at the source.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
