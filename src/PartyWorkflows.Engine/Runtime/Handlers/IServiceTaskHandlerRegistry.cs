using System.Diagnostics.CodeAnalysis;

namespace PartyWorkflows.Engine.Runtime.Handlers;

public interface IServiceTaskHandlerRegistry
{
    IReadOnlyCollection<string> Names { get; }

    bool TryGet(string name, [NotNullWhen(true)] out IServiceTaskHandler? handler);
}
