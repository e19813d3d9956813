using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Workflows.Definitions;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>
/// The instances one command moves: the commanded one and those its effects reach (called instances started or
/// cancelled, callers notified), as <c>InMemoryWorkflowHost</c> does, but with every change tracked in one context so
/// it commits or fails as a whole. Each instance is loaded once; later runs continue from its latest document.
/// </summary>
internal sealed class InstanceUnitOfWork(
    WorkflowDbContext db,
    DefinitionStore definitions,
    WorkflowExecutor executor,
    EffectRecorder recorder,
    WaitStateWriter waitStates)
{
    private readonly Dictionary<Guid, LoadedInstance> _instances = [];
    private readonly List<ExecutionResult> _executions = [];

    public IReadOnlyList<ExecutionResult> Executions => _executions;

    public InstanceState StateOf(Guid instanceId) => _instances[instanceId].State;

    public async Task StartAsync(string processId, Guid subjectOrganisationId, StartInstance command, CancellationToken cancellationToken)
    {
        var definition = await definitions.LatestAsync(processId, cancellationToken)
            ?? throw new WorkflowCommandException(CommandRejection.NotFound, $"Process '{processId}' is not deployed.");
        var result = executor.Execute(definition.Process, null, command);
        result.State.DefinitionVersion = definition.Version;
        var record = new InstanceRecord
        {
            Id = result.State.Id,
            ProcessId = definition.ProcessId,
            DefinitionVersion = definition.Version,
            SubjectOrganisationId = subjectOrganisationId,
            Status = StoredNames.Of(result.State.Status),
            State = InstanceStateJson.Serialize(result.State),
            RowVersion = 1,
            StartedAt = result.State.StartedAt,
        };
        db.Instances.Add(record);
        var instance = new LoadedInstance(record, result.State, definition, isNew: true);
        _instances.Add(record.Id, instance);
        await ApplyAsync(instance, command, result, cancellationToken);
    }

    public async Task ExecuteAsync(Guid instanceId, WorkflowCommand command, CancellationToken cancellationToken)
    {
        var instance = await LoadAsync(instanceId, cancellationToken)
            ?? throw new WorkflowCommandException(CommandRejection.NotFound, $"Instance {instanceId} does not exist.");
        var result = executor.Execute(instance.Definition.Process, instance.State, command);
        if (ReferenceEquals(result.State, instance.State))
        {
            // A stale timer or child notice: nothing changed, nothing to write.
            _executions.Add(result);
            return;
        }

        instance.State = result.State;
        instance.Changed = true;
        await ApplyAsync(instance, command, result, cancellationToken);
    }

    /// <summary>Writes the final documents and wait-state rows of every instance the command changed.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var instance in _instances.Values.Where(i => i.Changed))
        {
            var record = instance.Record;
            record.Status = StoredNames.Of(instance.State.Status);
            record.BusinessKey = instance.State.BusinessKey;
            record.EndedAt = instance.State.EndedAt;
            record.State = InstanceStateJson.Serialize(instance.State);
            await waitStates.WriteAsync(instance, cancellationToken);
        }
    }

    private async Task ApplyAsync(LoadedInstance instance, WorkflowCommand command, ExecutionResult result, CancellationToken cancellationToken)
    {
        _executions.Add(result);
        await recorder.RecordAsync(instance, command, result.Effects, cancellationToken);
        foreach (var effect in result.Effects)
        {
            await FollowAsync(instance, command.Actor, effect, cancellationToken);
        }
    }

    private async Task FollowAsync(LoadedInstance instance, string? actor, SideEffect effect, CancellationToken cancellationToken)
    {
        switch (effect)
        {
            case ChildInstanceRequested child:
                // The case is the same, so is its subject: the child's committees resolve from the caller's organisation.
                await StartAsync(child.ProcessId, instance.Record.SubjectOrganisationId,
                    new StartInstance(child.ChildInstanceId, child.Variables, child.BusinessKey, Parent: child.Parent) { Actor = actor },
                    cancellationToken);
                break;
            case ChildInstanceCancelRequested cancel
                when await LoadAsync(cancel.ChildInstanceId, cancellationToken) is { State.IsEnded: false }:
                await ExecuteAsync(cancel.ChildInstanceId, new CancelInstance("The calling activity was cancelled.") { Actor = actor }, cancellationToken);
                break;
            case ParentNotificationRequested notify:
                await ExecuteAsync(notify.Parent.InstanceId,
                    new CompleteCallActivity(notify.Parent.TokenId, notify.ChildInstanceId, notify.Variables, notify.ErrorCode) { Actor = actor },
                    cancellationToken);
                break;
        }
    }

    private async Task<LoadedInstance?> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        if (_instances.TryGetValue(instanceId, out var loaded))
        {
            return loaded;
        }

        var record = await db.Instances.SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (record is null)
        {
            return null;
        }

        // Claim the row for this transaction before anything is written: a concurrent command on the same instance
        // waits here for the other to commit and then finds the version moved. Were the check left to the final
        // UPDATE, the loser could first trip over the winner's rows (the same next task id) with a less clear error.
        var claimed = await db.Instances
            .Where(i => i.Id == instanceId && i.RowVersion == record.RowVersion)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.RowVersion, i => i.RowVersion), cancellationToken);
        if (claimed == 0)
        {
            throw new ConcurrencyConflictException($"Instance {instanceId} was changed by another command; nothing was written.");
        }

        // Running instances stay on the version they started on, whatever was deployed since.
        var definition = await definitions.GetAsync(record.ProcessId, record.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Instance {instanceId} runs on version {record.DefinitionVersion} of '{record.ProcessId}', which is not stored.");
        var instance = new LoadedInstance(record, InstanceStateJson.Deserialize(record.State), definition, isNew: false);
        _instances.Add(instanceId, instance);
        return instance;
    }
}
