using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Membership;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using Contracts = PartyWorkflows.Infrastructure.Messaging.Contracts;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>
/// Turns one engine run's side effects into rows of the same unit of work: task rows (with the acting organisation
/// resolved), incident rows, audit lines and outbox events. Timers and subscriptions are synchronised from the
/// document afterwards by <see cref="WaitStateWriter"/>.
/// </summary>
internal sealed class EffectRecorder(
    WorkflowDbContext db, OrganisationDirectory organisations, AuditTrail audit, OutboxWriter outbox, StartEffectRows added, DateTimeOffset now)
{
    public async Task RecordAsync(LoadedInstance instance, WorkflowCommand command, IReadOnlyList<SideEffect> effects, CancellationToken cancellationToken)
    {
        if (command is RetryIncident retry)
        {
            audit.Append(AuditActions.IncidentRetried, instance.State.Id, command.Actor, data: new { retry.IncidentId });
        }

        foreach (var effect in effects)
        {
            switch (effect)
            {
                case InstanceStarted:
                    added.Started(instance.State, instance.Definition.Version, instance.Record.SubjectOrganisationId, command.Actor);
                    break;
                case InstanceEnded ended:
                    added.Ended(instance.State, ended, command.Actor);
                    break;
                case TaskOpened opened:
                    await OpenedAsync(instance, opened.Task, cancellationToken);
                    break;
                case TaskClosed closed:
                    await ClosedAsync(instance, closed, command, cancellationToken);
                    break;
                case TimerFired { Interrupting: false, Timer.Purpose: TimerPurpose.Boundary } reminder:
                    await ReminderAsync(instance, reminder.Timer, cancellationToken);
                    break;
                case IncidentRaised raised:
                    added.Raised(instance.State, raised.Incident, command.Actor);
                    break;
                case IncidentResolved resolved:
                    await ResolvedAsync(instance, resolved.IncidentId, command.Actor, cancellationToken);
                    break;
            }
        }
    }

    private async Task OpenedAsync(LoadedInstance instance, UserTaskState task, CancellationToken cancellationToken)
    {
        var organisation = task.CommitteeLevel is { } level
            ? await organisations.ResolveAsync(task.CommitteeOrganisationId ?? instance.Record.SubjectOrganisationId, level, cancellationToken)
            : null;
        added.Opened(instance.State, task, instance.Record.SubjectOrganisationId, organisation);
    }

    private async Task ClosedAsync(LoadedInstance instance, TaskClosed closed, WorkflowCommand command, CancellationToken cancellationToken)
    {
        var row = await db.Tasks.FindAsync([closed.Task.Id], cancellationToken)
            ?? throw new InvalidOperationException($"Task {closed.Task.Id} has no row.");
        row.CompletedAt = now;
        row.CompletedBy = closed.Actor;
        if (closed.Reason == TaskCloseReason.Cancelled)
        {
            row.Status = TaskStatuses.Cancelled;
            return;
        }

        row.Status = TaskStatuses.Completed;
        var submitted = command is CompleteTask complete && complete.TaskId == closed.Task.Id ? complete.Variables : null;
        audit.Append(AuditActions.TaskCompleted, instance.State.Id, closed.Actor, row.ElementId, row.Id, row.OrganisationId, row.CommitteeBody,
            data: submitted ?? new Dictionary<string, JsonElement>());
        outbox.Enqueue(new Contracts.TaskCompleted(row.Id, row.InstanceId, row.ProcessId, row.ElementId, row.OrganisationId, row.CommitteeBody,
            closed.Actor, now), now);
    }

    private async Task ReminderAsync(LoadedInstance instance, TimerState timer, CancellationToken cancellationToken)
    {
        var state = instance.State;
        var task = state.Tasks.Find(t => t.TokenId == timer.TokenId);
        var row = task is null ? null : await db.Tasks.FindAsync([task.Id], cancellationToken);
        outbox.Enqueue(new Contracts.ReminderDue(state.Id, state.ProcessId, state.BusinessKey, timer.ElementId, row?.Id, row?.OrganisationId,
            row?.CommitteeBody, now), now);
    }

    private async Task ResolvedAsync(LoadedInstance instance, Guid incidentId, string? actor, CancellationToken cancellationToken)
    {
        var row = await db.Incidents.FindAsync([incidentId], cancellationToken)
            ?? throw new InvalidOperationException($"Incident {incidentId} has no row.");
        row.ResolvedAt = now;
        row.ResolvedBy = actor;
        audit.Append(AuditActions.IncidentResolved, instance.State.Id, actor, row.ElementId, data: new { row.Id });
    }
}
