using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>
/// Makes an instance's timer and subscription rows equal to its document's wait states. Syncing from the document
/// (rather than replaying effects) keeps the rows right however often the instance moved in the command, and a
/// cycle timer rescheduled under the same id just moves its due time.
/// </summary>
internal sealed class WaitStateWriter(WorkflowDbContext db)
{
    public async Task WriteAsync(LoadedInstance instance, CancellationToken cancellationToken)
    {
        var state = instance.State;
        var timers = instance.IsNew ? [] : await db.Timers.Where(t => t.InstanceId == state.Id).ToListAsync(cancellationToken);
        foreach (var stale in timers.Where(row => !state.Timers.Exists(t => t.Id == row.Id)))
        {
            db.Timers.Remove(stale);
        }

        foreach (var timer in state.Timers)
        {
            if (timers.Find(row => row.Id == timer.Id) is { } row)
            {
                row.DueAt = timer.DueAt;
                continue;
            }

            db.Timers.Add(WaitStateRows.Timer(state, timer));
        }

        var subscriptions = instance.IsNew ? [] : await db.Subscriptions.Where(s => s.InstanceId == state.Id).ToListAsync(cancellationToken);
        foreach (var stale in subscriptions.Where(row => !state.Subscriptions.Exists(s => s.Id == row.Id)))
        {
            db.Subscriptions.Remove(stale);
        }

        foreach (var subscription in state.Subscriptions.Where(s => !subscriptions.Exists(row => row.Id == s.Id)))
        {
            db.Subscriptions.Add(WaitStateRows.Subscription(state, subscription));
        }
    }
}
