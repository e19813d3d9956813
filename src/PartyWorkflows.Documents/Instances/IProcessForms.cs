using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>The forms of one process: which a running instance has reached, and each generated from its variables.</summary>
public interface IProcessForms
{
    string ProcessId { get; }

    /// <summary>The forms the instance has got far enough to need, in the procedure's order.</summary>
    IReadOnlyList<StandardForm> Available(InstanceFacts facts);

    /// <param name="form">One of <see cref="Available"/>.</param>
    FormFile Generate(StandardForm form, InstanceFacts facts);
}
