using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows.Commands;

namespace PartyWorkflows.Infrastructure.Scheduling;

/// <summary>
/// Fires one timer if it is still pending and due, as a FireTimer command in its own DI scope (its own DbContext).
/// A timer already fired or cancelled is a no-op; so is one whose row is due later, because a cycle timer keeps its
/// id and a job or sweep for an earlier occurrence must not fire the next one early.
/// </summary>
public sealed class DueTimerFirer(IServiceScopeFactory scopes, TimeProvider time)
{
    /// <returns>Whether a FireTimer command ran.</returns>
    /// <exception cref="Workflows.ConcurrencyConflictException">Another command moved the instance meanwhile: try again later.</exception>
    public async Task<bool> FireAsync(Guid instanceId, Guid timerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var now = time.GetUtcNow();
        var due = await db.Timers.AnyAsync(t => t.Id == timerId && t.InstanceId == instanceId && t.DueAt <= now, cancellationToken);
        if (!due)
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<WorkflowCommandProcessor>()
            .ExecuteAsync(instanceId, new FireTimer(timerId), cancellationToken);
        return true;
    }
}
