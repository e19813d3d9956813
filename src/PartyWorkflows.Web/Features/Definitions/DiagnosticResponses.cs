using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Web.Features.Definitions;

public static class DiagnosticResponses
{
    public static DiagnosticResponse From(Diagnostic d) =>
        new(d.Code, d.ElementId, d.Location?.Line, d.Location?.Column, d.MessageVi, d.MessageEn);

    /// <summary>"Phần tử 'x' (dòng 3, cột 5): …" — the sentence a person reads first.</summary>
    public static string Describe(Diagnostic d)
    {
        var element = d.ElementId is null ? "Tệp BPMN" : $"Phần tử '{d.ElementId}'";
        var where = d.Location is { } l ? $" (dòng {l.Line}, cột {l.Column})" : "";
        return $"{element}{where}: {d.MessageVi}";
    }
}
