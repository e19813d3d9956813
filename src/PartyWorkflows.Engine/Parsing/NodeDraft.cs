using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>Sequence flows and boundary events of one node, known only once the whole process has been read.</summary>
internal sealed record NodeLinks(
    IReadOnlyList<string> Incoming,
    IReadOnlyList<string> Outgoing,
    IReadOnlyList<string> BoundaryEvents);

/// <summary>
/// A flow node whose own XML has been read and checked, waiting for its links. The model is immutable, so the node
/// itself is created only by <see cref="Build"/> once the links are known.
/// </summary>
/// <param name="AttachedToRef">For a boundary event, the activity it sits on.</param>
internal sealed record NodeDraft(ScopedElement Source, string? AttachedToRef, Func<NodeLinks, FlowNode> Build)
{
    public string Id => Source.Id;
    public string ScopeId => Source.ScopeId;
    public bool IsActivity => ElementCatalog.Activities.Contains(Source.Kind);
}
