using PartyWorkflows.Infrastructure.Messaging.Commands;

namespace PartyWorkflows.Web.Features.Instances;

/// <summary>Hands bulk-start batches to whichever node will run them. Absent until messaging is wired.</summary>
public interface IBulkStartDispatcher
{
    Task DispatchAsync(IReadOnlyList<StartInstances> batches, CancellationToken cancellationToken);
}
