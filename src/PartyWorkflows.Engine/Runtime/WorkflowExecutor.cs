using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Execution;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime;

/// <summary>
/// The engine's pure state machine: (definition, instance document, command) → (new document, side effects).
/// It never alters its input, reads time only from the injected <see cref="TimeProvider"/> and does no I/O;
/// persisting the result and acting on the effects is the host's job. Thread-safe.
/// </summary>
public sealed class WorkflowExecutor
{
    private readonly TimeProvider _time;
    private readonly ExecutionServices _services;

    public WorkflowExecutor(
        TimeProvider time,
        IExpressionEvaluator expressions,
        IWorkingDayCalendar calendar,
        IServiceTaskHandlerRegistry handlers,
        ExecutorOptions? options = null)
    {
        _time = time;
        _services = new ExecutionServices(expressions, calendar, handlers, new TimerCalculator(expressions, calendar), options ?? ExecutorOptions.Default);
    }

    /// <exception cref="WorkflowCommandException">The command does not apply to this instance; nothing changed.</exception>
    public ExecutionResult Execute(ProcessDefinition definition, InstanceState? state, WorkflowCommand command)
    {
        if (command is StartInstance start)
        {
            return state is null
                ? Start(definition, start)
                : throw new WorkflowCommandException(CommandRejection.InvalidState, $"Instance {state.Id} already exists.");
        }

        if (state is null)
        {
            throw new WorkflowCommandException(CommandRejection.NotFound, "The instance does not exist.");
        }

        if (state.ProcessId != definition.Id)
        {
            throw new WorkflowCommandException(CommandRejection.InvalidCommand,
                $"Instance {state.Id} runs process '{state.ProcessId}', not '{definition.Id}'.");
        }

        if (state.IsEnded)
        {
            // Late timers and child notices for an ended instance are stale, not errors.
            return command is FireTimer or CompleteCallActivity
                ? new ExecutionResult(state, [])
                : throw new WorkflowCommandException(CommandRejection.InvalidState, $"Instance {state.Id} has ended ({state.Status}).");
        }

        var run = new ExecutionRun(definition, state.Clone(), _services, _time.GetUtcNow(), command.Actor);

        switch (command)
        {
            case CompleteTask complete:
                CompleteTask(run, complete);
                break;
            case FireTimer fire:
                if (run.State.Timers.Find(t => t.Id == fire.TimerId) is not { } timer)
                {
                    // Already fired or cancelled: firing is idempotent.
                    return new ExecutionResult(state, []);
                }

                run.FireTimer(timer);
                break;
            case DeliverMessage message:
                var subscription = run.State.Subscriptions.Find(s => s.MessageName == message.MessageName)
                    ?? throw new WorkflowCommandException(CommandRejection.NotFound,
                        $"Instance {state.Id} is not waiting for message '{message.MessageName}'.");
                run.DeliverMessage(subscription, message.Variables);
                break;
            case CancelInstance cancel:
                run.EndInstance(InstanceStatus.Cancelled, cancel.Reason, HistoryKind.InstanceCancelled);
                return run.Result();
            case CompleteCallActivity called:
                if (!run.ResumeFromChild(called))
                {
                    return new ExecutionResult(state, []);
                }

                break;
            case RetryIncident retry:
                run.RetryIncident(retry.IncidentId);
                break;
            default:
                throw new WorkflowCommandException(CommandRejection.InvalidCommand, $"Unknown command {command.GetType().Name}.");
        }

        run.RunToWaitStates();
        return run.Result();
    }

    private ExecutionResult Start(ProcessDefinition definition, StartInstance start)
    {
        var startEvent = start.StartEventId is null
            ? definition.NoneStartEvent
            : definition.StartEventsOf(definition.Id).FirstOrDefault(s => s.Id == start.StartEventId);
        if (startEvent is null)
        {
            throw new WorkflowCommandException(CommandRejection.InvalidCommand, start.StartEventId is null
                ? $"Process '{definition.Id}' has no none start event."
                : $"Process '{definition.Id}' has no start event '{start.StartEventId}'.");
        }

        var now = _time.GetUtcNow();
        var state = new InstanceState
        {
            Id = start.InstanceId,
            ProcessId = definition.Id,
            BusinessKey = start.BusinessKey,
            StartedAt = now,
            Parent = start.Parent,
        };
        if (start.Variables is not null)
        {
            foreach (var (name, value) in start.Variables)
            {
                state.Variables[name] = value;
            }
        }

        var run = new ExecutionRun(definition, state, _services, now, start.Actor);
        run.Begin(startEvent, start.Variables);
        run.RunToWaitStates();
        return run.Result();
    }

    private static void CompleteTask(ExecutionRun run, CompleteTask complete)
    {
        var task = run.State.Tasks.Find(t => t.Id == complete.TaskId)
            ?? throw new WorkflowCommandException(CommandRejection.NotFound, $"Task {complete.TaskId} is not open on instance {run.State.Id}.");
        run.CompleteTask(task, complete.Variables);
    }
}
