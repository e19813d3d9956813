using MassTransit;
using Microsoft.Extensions.Logging;
using PartyWorkflows.Infrastructure.Bulk;

namespace PartyWorkflows.Infrastructure.Messaging.Commands;

/// <summary>
/// Takes a bulk-start batch off the bus on whichever node is free, so adding nodes adds throughput. A redelivered
/// batch starts nothing twice: the starter skips instance ids already stored. A process that is not deployed faults
/// the message; items the engine rejects cannot succeed on retry, so they are logged, not retried.
/// </summary>
public sealed class StartInstancesConsumer(BulkInstanceStarter starter, ILogger<StartInstancesConsumer> logger) : IConsumer<StartInstances>
{
    public async Task Consume(ConsumeContext<StartInstances> context)
    {
        var batch = context.Message;
        var result = await starter.StartAsync(batch.ProcessId, batch.Items, batch.RequestedBy, context.CancellationToken);
        logger.LogInformation(
            "Bulk start {BatchId} of {ProcessId}: {Started} started, {OneByOne} one by one, {AlreadyStarted} already started, {Failed} failed",
            batch.BatchId, batch.ProcessId, result.Started, result.StartedOneByOne.Count, result.AlreadyStarted, result.Failures.Count);
        foreach (var failure in result.Failures)
        {
            logger.LogWarning("Bulk start {BatchId}: instance {InstanceId} was not started: {Reason}", batch.BatchId, failure.InstanceId, failure.Reason);
        }
    }
}
