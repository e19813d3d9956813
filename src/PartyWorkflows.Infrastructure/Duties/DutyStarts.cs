using System.Text.Json;
using Microsoft.Extensions.Logging;
using PartyWorkflows.Infrastructure.Bulk;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>Starts a duty's instances through the bulk starter, a batch per transaction; ids already stored are skipped.</summary>
public sealed class DutyStarts(BulkInstanceStarter starter, PeriodicDutyOptions options, ILogger<DutyStarts> logger)
{
    /// <param name="started">Told, after each batch commits, which of its instances now exist (started or already there).</param>
    /// <returns>How many instances this call opened.</returns>
    public async Task<int> StartAsync(
        string processId,
        string dutyId,
        IEnumerable<StartItem> items,
        Func<IReadOnlyList<Guid>, Task>? started,
        CancellationToken cancellationToken)
    {
        var opened = 0;
        foreach (var batch in items.Chunk(options.BatchSize))
        {
            var result = await starter.StartAsync(processId, batch, $"duty:{dutyId}", cancellationToken);
            opened += result.Started + result.StartedOneByOne.Count;
            foreach (var failure in result.Failures)
            {
                // Left for the next run: the item stays a candidate, and the failure is in the log for an operator.
                logger.LogError("Duty {DutyId} could not start {ProcessId} instance {InstanceId}: {Reason}", dutyId, processId,
                    failure.InstanceId, failure.Reason);
            }

            if (started is not null)
            {
                var failed = result.Failures.Select(f => f.InstanceId).ToHashSet();
                await started(batch.Select(i => i.InstanceId).Where(id => !failed.Contains(id)).ToList());
            }
        }

        return opened;
    }

    public static IReadOnlyDictionary<string, JsonElement> Variables(params (string Name, object? Value)[] variables) =>
        variables.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value, WorkflowVariables.Options), StringComparer.Ordinal);
}
