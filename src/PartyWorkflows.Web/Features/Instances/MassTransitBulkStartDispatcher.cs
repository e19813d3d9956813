using MassTransit;
using PartyWorkflows.Infrastructure.Messaging.Commands;

namespace PartyWorkflows.Web.Features.Instances;

/// <summary>
/// Sends the batches on the bus. Published rather than sent to a named queue: the consumer's endpoint configuration
/// (owned by the messaging wiring) decides where StartInstances lands, and competing consumers on that endpoint share
/// the batches across nodes.
/// </summary>
public sealed class MassTransitBulkStartDispatcher(IPublishEndpoint bus) : IBulkStartDispatcher
{
    public Task DispatchAsync(IReadOnlyList<StartInstances> batches, CancellationToken cancellationToken) =>
        bus.PublishBatch(batches, cancellationToken);
}
