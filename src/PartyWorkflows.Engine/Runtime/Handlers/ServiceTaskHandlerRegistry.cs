using System.Diagnostics.CodeAnalysis;

namespace PartyWorkflows.Engine.Runtime.Handlers;

/// <summary>Handlers by name; built from every <see cref="IServiceTaskHandler"/> registered in DI.</summary>
public sealed class ServiceTaskHandlerRegistry : IServiceTaskHandlerRegistry
{
    private readonly Dictionary<string, IServiceTaskHandler> _handlers;

    public ServiceTaskHandlerRegistry(IEnumerable<IServiceTaskHandler> handlers)
    {
        _handlers = new Dictionary<string, IServiceTaskHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            if (!_handlers.TryAdd(handler.Name, handler))
            {
                throw new InvalidOperationException($"Two service task handlers are named '{handler.Name}'.");
            }
        }
    }

    public IReadOnlyCollection<string> Names => _handlers.Keys;

    public bool TryGet(string name, [NotNullWhen(true)] out IServiceTaskHandler? handler) =>
        _handlers.TryGetValue(name, out handler);
}
