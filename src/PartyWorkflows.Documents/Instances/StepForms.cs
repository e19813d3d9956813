using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>A process whose forms each become available once the user task that makes it has opened.</summary>
/// <param name="steps">User task id → the form it makes, in the procedure's order.</param>
internal abstract class StepForms(string processId, params (string Element, StandardForm Form)[] steps) : IProcessForms
{
    public string ProcessId => processId;

    public IReadOnlyList<StandardForm> Available(InstanceFacts facts) =>
        [.. steps.Where(s => facts.ReachedElements.Contains(s.Element)).Select(s => s.Form)];

    public abstract FormFile Generate(StandardForm form, InstanceFacts facts);
}
