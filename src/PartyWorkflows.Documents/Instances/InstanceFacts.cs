using System.Text.Json;

namespace PartyWorkflows.Documents.Instances;

/// <summary>What the forms of one workflow instance are made from.</summary>
/// <param name="ReachedElements">Ids of the user tasks the instance has opened so far: how far it has got.</param>
/// <param name="Today">The date printed on the forms (Vietnam time).</param>
public sealed record InstanceFacts(
    string ProcessId,
    IReadOnlyDictionary<string, JsonElement> Variables,
    IReadOnlySet<string> ReachedElements,
    OrganisationChain Organisations,
    DateOnly Today)
{
    /// <summary>Ids of the user tasks open now: a step still pending (the grading's ballot or approval) holds back what it decides.</summary>
    public IReadOnlySet<string> OpenElements { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
