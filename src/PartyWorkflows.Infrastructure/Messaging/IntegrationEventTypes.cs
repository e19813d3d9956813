using System.Reflection;

namespace PartyWorkflows.Infrastructure.Messaging;

/// <summary>The contract type of each outbox.type value, found once from the <see cref="IIntegrationEvent"/> implementations.</summary>
internal sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _byName = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IIntegrationEvent)))
        .ToDictionary(NameOf, StringComparer.Ordinal);

    public Type? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Reads the static abstract <see cref="IIntegrationEvent.Type"/> through the interface map, however it is implemented.</summary>
    private static string NameOf(Type type)
    {
        var map = type.GetInterfaceMap(typeof(IIntegrationEvent));
        var getter = map.TargetMethods[Array.IndexOf(map.InterfaceMethods, typeof(IIntegrationEvent).GetProperty(nameof(IIntegrationEvent.Type))!.GetMethod)];
        return (string)getter.Invoke(null, BindingFlags.DoNotWrapExceptions, null, null, null)!;
    }
}
