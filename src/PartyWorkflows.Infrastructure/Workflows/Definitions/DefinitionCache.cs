using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace PartyWorkflows.Infrastructure.Workflows.Definitions;

/// <summary>Parsed definitions by (process id, version). A deployed version never changes, so entries never expire.</summary>
public sealed class DefinitionCache
{
    private readonly ConcurrentDictionary<(string ProcessId, int Version), DeployedDefinition> _definitions = new();

    public bool TryGet(string processId, int version, [NotNullWhen(true)] out DeployedDefinition? definition) =>
        _definitions.TryGetValue((processId, version), out definition);

    public void Add(DeployedDefinition definition) =>
        _definitions.TryAdd((definition.ProcessId, definition.Version), definition);
}
