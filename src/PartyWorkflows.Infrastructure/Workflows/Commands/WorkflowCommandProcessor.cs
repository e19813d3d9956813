using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Infrastructure.Membership;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Scheduling;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>
/// The one place commands run. Each command is one database transaction: load the instance, run the engine on the
/// version it is on, then write the document (row_version + 1), task, timer, subscription and incident rows, audit
/// lines and outbox events together, following called and calling instances within the same transaction.
/// A rejected command (<see cref="WorkflowCommandException"/>) or a lost race (<see cref="ConcurrencyConflictException"/>)
/// writes nothing. After the commit the timers it scheduled or cancelled go to the <see cref="ITimerScheduler"/>, if any
/// (without one they fire through the due-timer sweep only).
/// </summary>
public sealed class WorkflowCommandProcessor(
    WorkflowDbContext db,
    DefinitionStore definitions,
    WorkflowExecutor executor,
    TimeProvider time,
    ITimerScheduler? timers = null)
{
    /// <summary>Starts the latest version of a process for a case about <paramref name="subjectOrganisationId"/>.</summary>
    public Task<CommandResult> StartAsync(
        string processId,
        Guid subjectOrganisationId,
        IReadOnlyDictionary<string, JsonElement>? variables = null,
        string? businessKey = null,
        string? actor = null,
        CancellationToken cancellationToken = default) =>
        StartAsync(Guid.NewGuid(), processId, subjectOrganisationId, variables, businessKey, actor, cancellationToken);

    /// <summary>Starts an instance under an id chosen by the caller, so a retried request can tell it already ran.</summary>
    public Task<CommandResult> StartAsync(
        Guid instanceId,
        string processId,
        Guid subjectOrganisationId,
        IReadOnlyDictionary<string, JsonElement>? variables = null,
        string? businessKey = null,
        string? actor = null,
        CancellationToken cancellationToken = default)
    {
        return RunAsync(instanceId, (unit, ct) => unit.StartAsync(processId, subjectOrganisationId,
            new StartInstance(instanceId, variables, businessKey) { Actor = actor }, ct), cancellationToken);
    }

    /// <summary>Runs any command but a start on an existing instance.</summary>
    public Task<CommandResult> ExecuteAsync(Guid instanceId, WorkflowCommand command, CancellationToken cancellationToken = default) =>
        command is StartInstance
            ? throw new WorkflowCommandException(CommandRejection.InvalidCommand, $"Start instances with {nameof(StartAsync)}.")
            : RunAsync(instanceId, (unit, ct) => unit.ExecuteAsync(instanceId, command, ct), cancellationToken);

    private async Task<CommandResult> RunAsync(
        Guid instanceId,
        Func<InstanceUnitOfWork, CancellationToken, Task> command,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = new TrackedRowSink(db);
        var audit = new AuditTrail(rows, now);
        var outbox = new OutboxWriter(rows);
        var unit = new InstanceUnitOfWork(
            db,
            definitions,
            executor,
            new EffectRecorder(db, new OrganisationDirectory(db), audit, outbox, new StartEffectRows(rows, audit, outbox, now), now),
            new WaitStateWriter(db));
        try
        {
            using var active = ActiveCommand.Enter(db);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await command(unit, cancellationToken);
            await unit.FlushAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var result = new CommandResult(unit.StateOf(instanceId), unit.Executions);
            ScheduleTimers(result);
            return result;
        }
        catch (DbUpdateConcurrencyException e)
        {
            throw new ConcurrencyConflictException($"Instance {instanceId} was changed by another command; nothing was written.", e);
        }
        finally
        {
            // Whatever happened, the next command starts from the database, not from this one's leftovers.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Only after the commit: a job for a timer that was rolled back would fire nothing anyway, but would be noise.</summary>
    private void ScheduleTimers(CommandResult result)
    {
        if (timers is null)
        {
            return;
        }

        foreach (var execution in result.Executions)
        {
            foreach (var effect in execution.Effects)
            {
                switch (effect)
                {
                    case TimerScheduled scheduled:
                        timers.Scheduled(execution.State.Id, scheduled.Timer.Id, scheduled.Timer.DueAt);
                        break;
                    case TimerCancelled cancelled:
                        timers.Cancelled(execution.State.Id, cancelled.TimerId);
                        break;
                }
            }
        }
    }
}
