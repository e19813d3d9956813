using System.Text.Json;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Hosting;

/// <summary>
/// Runs instances in memory: keeps their documents, starts and cancels called instances, returns their results to
/// the caller and fires due timers. For tests, benchmarks and tools; the service persists through its stores instead.
/// Not thread-safe.
/// </summary>
public sealed class InMemoryWorkflowHost(WorkflowExecutor executor, TimeProvider time)
{
    private readonly Dictionary<string, ProcessDefinition> _definitions = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, InstanceState> _instances = [];

    /// <summary>Effects of every command so far, in order.</summary>
    public List<SideEffect> Effects { get; } = [];

    public void Deploy(ProcessDefinition definition) => _definitions[definition.Id] = definition;

    public InstanceState Instance(Guid id) => _instances[id];

    public IEnumerable<InstanceState> Instances => _instances.Values;

    public InstanceState Start(string processId, IReadOnlyDictionary<string, JsonElement>? variables = null, string? businessKey = null, Guid? instanceId = null)
    {
        var id = instanceId ?? Guid.NewGuid();
        Apply(processId, null, new StartInstance(id, variables, businessKey));
        return _instances[id];
    }

    public InstanceState Execute(Guid instanceId, WorkflowCommand command)
    {
        var state = _instances[instanceId];
        Apply(state.ProcessId, state, command);
        return _instances[instanceId];
    }

    /// <summary>Completes the open task of an instance at the given element.</summary>
    public InstanceState CompleteTask(Guid instanceId, string elementId, IReadOnlyDictionary<string, JsonElement>? variables = null, string? actor = null)
    {
        var task = _instances[instanceId].Tasks.First(t => t.ElementId == elementId);
        return Execute(instanceId, new CompleteTask(task.Id, variables) { Actor = actor });
    }

    /// <summary>Fires every timer due by now, earliest first, until none is due.</summary>
    public int FireDueTimers()
    {
        var fired = 0;
        while (_instances.Values
                   .SelectMany(i => i.Timers.Select(t => (Instance: i, Timer: t)))
                   .Where(x => x.Timer.DueAt <= time.GetUtcNow())
                   .OrderBy(x => x.Timer.DueAt)
                   .FirstOrDefault() is { Instance: not null } due)
        {
            Execute(due.Instance.Id, new FireTimer(due.Timer.Id));
            fired++;
        }

        return fired;
    }

    private void Apply(string processId, InstanceState? state, WorkflowCommand command)
    {
        var definition = _definitions.TryGetValue(processId, out var found)
            ? found
            : throw new WorkflowCommandException(CommandRejection.NotFound, $"Process '{processId}' is not deployed.");
        var result = executor.Execute(definition, state, command);
        _instances[result.State.Id] = result.State;
        Effects.AddRange(result.Effects);
        foreach (var effect in result.Effects)
        {
            Follow(effect);
        }
    }

    private void Follow(SideEffect effect)
    {
        switch (effect)
        {
            case ChildInstanceRequested child:
                Apply(child.ProcessId, null, new StartInstance(child.ChildInstanceId, child.Variables, child.BusinessKey, Parent: child.Parent));
                break;
            case ChildInstanceCancelRequested cancel when _instances.TryGetValue(cancel.ChildInstanceId, out var child) && !child.IsEnded:
                Execute(cancel.ChildInstanceId, new CancelInstance("The calling activity was cancelled."));
                break;
            case ParentNotificationRequested notify:
                Execute(notify.Parent.InstanceId, new CompleteCallActivity(notify.Parent.TokenId, notify.ChildInstanceId, notify.Variables, notify.ErrorCode));
                break;
        }
    }
}
