using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>The forms of a workflow instance, whatever its process: none for a process without standard forms.</summary>
public static class InstanceForms
{
    private static readonly IProcessForms[] Processes =
    [
        new CardIssuanceInstanceForms(), new CardReplacementInstanceForms(), new MemberGradingInstanceForms(), new EducationThenRemovalInstanceForms(),
        new CardTechnicalCheckInstanceForms(),
    ];

    public static IReadOnlyList<StandardForm> Available(InstanceFacts facts) =>
        Processes.FirstOrDefault(p => p.ProcessId == facts.ProcessId)?.Available(facts) ?? [];

    /// <returns>Null when the instance has no such form (an unknown code, or one it has not reached).</returns>
    public static FormFile? Generate(InstanceFacts facts, string code)
    {
        var process = Processes.FirstOrDefault(p => p.ProcessId == facts.ProcessId);
        var form = process?.Available(facts).FirstOrDefault(f => string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase));
        return form is null ? null : process!.Generate(form, facts);
    }
}
