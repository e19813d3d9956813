using System.Text.Json;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Execution;

internal sealed partial class ExecutionRun
{
    private void ArriveAtActivity(TokenState token, Activity activity)
    {
        if (activity.Loop is MultiInstanceLoop multiInstance && !IsMultiInstanceInner(token, activity))
        {
            EnterMultiInstance(token, activity, multiInstance);
            return;
        }

        if (!IsMultiInstanceInner(token, activity))
        {
            AttachBoundaryEvents(token, activity);
        }

        if (activity.Loop is StandardLoop { TestBefore: true, LoopCondition: { } condition } && !Condition(condition, token.ScopeId, activity.Id))
        {
            Leave(token, activity);
            return;
        }

        Execute(token, activity);
    }

    private void ExecuteActivity(TokenState token, Activity activity)
    {
        switch (activity)
        {
            case UserTask userTask:
                OpenUserTask(token, userTask);
                break;
            case ServiceTask serviceTask:
                RunServiceTask(token, serviceTask);
                break;
            case ScriptTask scriptTask:
                RunScriptTask(token, scriptTask);
                break;
            case SubProcess subProcess:
                StartSubProcess(token, subProcess);
                break;
            case CallActivity callActivity:
                StartCalledInstance(token, callActivity);
                break;
            default:
                Leave(token, activity);
                break;
        }
    }

    /// <summary>Runs loops and multi-instance bookkeeping; false when the token does not go on to the outgoing flows.</summary>
    private bool LeaveActivity(TokenState token, Activity activity)
    {
        if (activity.Loop is StandardLoop loop && RepeatLoop(token, activity, loop))
        {
            return false;
        }

        if (IsMultiInstanceInner(token, activity))
        {
            CompleteMultiInstanceInner(token, activity);
            return false;
        }

        DetachBoundaryEvents(token);
        return true;
    }

    /// <summary>Standard loop: repeat while the condition holds, up to loopMaximum; without one, a guard makes it an incident.</summary>
    private bool RepeatLoop(TokenState token, Activity activity, StandardLoop loop)
    {
        var done = token.LoopIterations + 1;
        if (loop.LoopMaximum is { } maximum && done >= maximum)
        {
            return false;
        }

        var overlay = new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["loopCounter"] = JsonSerializer.SerializeToElement(done) };
        if (loop.LoopCondition is not null && !Condition(loop.LoopCondition, token.ScopeId, activity.Id, overlay))
        {
            return false;
        }

        if (loop.LoopMaximum is null && done >= _services.Options.MaxLoopIterations)
        {
            throw new IncidentException(IncidentKinds.RunawayLoop,
                $"The loop on '{activity.Id}' ran {done} times without its condition ending it.");
        }

        token.LoopIterations = done;
        Schedule(token, TokenPhase.Execute);
        return true;
    }

    private void OpenUserTask(TokenState token, UserTask userTask)
    {
        var variables = VariablesOf(token.ScopeId);
        var task = new UserTaskState
        {
            Id = NextWaitId(),
            TokenId = token.Id,
            ElementId = userTask.Id,
            Name = userTask.DisplayName,
            CommitteeLevel = userTask.CommitteeLevel,
            CommitteeBody = userTask.CommitteeBody,
            CommitteeOrganisationId = CommitteeOrganisationOf(userTask, variables),
            CandidateGroups = userTask.CandidateGroups,
            FormKey = userTask.FormKey,
            CreatedAt = _now,
            DueAt = TaskDueAt(userTask, variables),
            LocalVariables = LocalVariablesOf(token.ScopeId),
        };
        token.Status = TokenStatus.Waiting;
        _state.Tasks.Add(task);
        Record(new HistoryEntry(_now, HistoryKind.TaskOpened, userTask.Id, TaskId: task.Id));
        Emit(new TaskOpened(task));
    }

    private Guid? CommitteeOrganisationOf(UserTask userTask, IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (userTask.CommitteeOf is null)
        {
            return null;
        }

        var value = Evaluate(userTask.CommitteeOf, variables, userTask.Id);
        return value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id)
            ? id
            : throw new IncidentException(IncidentKinds.Expression,
                $"pw:committeeOf of '{userTask.Id}' gave {value.GetRawText()}, not an organisation id.");
    }

    /// <summary>pw:dueInWorkingDays wins over camunda:dueDate; whole working days end with their last day, as timers do.</summary>
    private DateTimeOffset? TaskDueAt(UserTask userTask, IReadOnlyDictionary<string, JsonElement> variables)
    {
        if (userTask.DueInWorkingDays is { } days)
        {
            return days == 0 ? _now : new IsoDuration(days: days).AddTo(_now, _services.Calendar);
        }

        return userTask.DueDate is null ? null : _services.Timers.DueDate(userTask.DueDate, variables, _now);
    }

    private void RunServiceTask(TokenState token, ServiceTask serviceTask)
    {
        if (serviceTask.Handler is null || !_services.Handlers.TryGet(serviceTask.Handler, out var handler))
        {
            throw new IncidentException(IncidentKinds.Definition, $"No service task handler is named '{serviceTask.Handler}'.");
        }

        ServiceTaskResult result;
        try
        {
            result = handler.Execute(new ServiceTaskContext(_state.Id, _state.ProcessId, serviceTask.Id, _state.BusinessKey, VariablesOf(token.ScopeId), _now));
        }
        catch (BpmnErrorException error)
        {
            ThrowError(token, error.ErrorCode);
            return;
        }
        catch (Exception ex)
        {
            RetryOrFail(token, serviceTask, ex);
            return;
        }

        token.RetriesLeft = null;
        SetVariables(token.ScopeId, result.Variables);
        Leave(token, serviceTask);
    }

    /// <summary>A technical failure waits for the next attempt of the retry policy, and becomes an incident when none is left.</summary>
    private void RetryOrFail(TokenState token, ServiceTask serviceTask, Exception failure)
    {
        if (serviceTask.RetryTimeCycle is not null && RetryPolicy.TryParse(serviceTask.RetryTimeCycle, out var policy))
        {
            token.RetriesLeft ??= policy.Retries;
            if (token.RetriesLeft > 0)
            {
                var retry = policy.Retries - token.RetriesLeft.Value + 1;
                token.RetriesLeft--;
                token.Status = TokenStatus.Waiting;
                var timer = new TimerState
                {
                    Id = NextWaitId(),
                    TokenId = token.Id,
                    ElementId = serviceTask.Id,
                    Purpose = TimerPurpose.Retry,
                    DueAt = policy.RetryAt(retry, _now),
                    Remaining = token.RetriesLeft,
                };
                _state.Timers.Add(timer);
                Emit(new TimerScheduled(timer));
                return;
            }
        }

        throw new IncidentException(IncidentKinds.Handler, $"Handler '{serviceTask.Handler}' failed: {failure.Message}", failure);
    }

    private void RunScriptTask(TokenState token, ScriptTask scriptTask)
    {
        ScriptOutcome outcome;
        try
        {
            outcome = _services.Expressions.RunScript(scriptTask.Script, VariablesOf(token.ScopeId));
        }
        catch (ExpressionException ex)
        {
            throw new IncidentException(IncidentKinds.Expression, $"Script of '{scriptTask.Id}' failed: {ex.Message}", ex);
        }

        SetVariables(token.ScopeId, outcome.SetVariables);
        if (scriptTask.ResultVariable is not null)
        {
            SetVariable(token.ScopeId, scriptTask.ResultVariable, outcome.Result ?? NullValue);
        }

        Leave(token, scriptTask);
    }

    private void StartSubProcess(TokenState token, SubProcess subProcess)
    {
        var start = _definition.StartEventsOf(subProcess.Id).FirstOrDefault(s => s.Trigger is null)
            ?? throw new IncidentException(IncidentKinds.Definition, $"Sub-process '{subProcess.Id}' has no none start event.");
        var scope = new ScopeState
        {
            Id = NextNumber(),
            ParentScopeId = token.ScopeId,
            Kind = ScopeKind.SubProcess,
            ElementId = subProcess.Id,
            OwnerTokenId = token.Id,
        };
        _state.Scopes.Add(scope);
        token.Status = TokenStatus.Waiting;
        NewToken(start.Id, scope.Id, null);
    }

    private void StartCalledInstance(TokenState token, CallActivity callActivity)
    {
        var visible = VariablesOf(token.ScopeId);
        var input = MapVariables(callActivity.InputAll, callActivity.Inputs, visible);
        var businessKey = callActivity.BusinessKey is null ? _state.BusinessKey : ChildBusinessKey(callActivity, visible);
        var childId = NextWaitId();
        token.ChildInstanceId = childId;
        token.Status = TokenStatus.Waiting;
        Emit(new ChildInstanceRequested(childId, callActivity.CalledElement, input, businessKey, new ParentLink(_state.Id, token.Id)));
    }

    private string ChildBusinessKey(CallActivity callActivity, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var value = Evaluate(callActivity.BusinessKey!, variables, callActivity.Id);
        return value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } key
            ? key
            : throw new IncidentException(IncidentKinds.Expression,
                $"camunda:in businessKey of '{callActivity.Id}' gave {value.GetRawText()}, not a business key.");
    }

    private Dictionary<string, JsonElement> MapVariables(bool all, IReadOnlyList<VariableMapping> mappings, IReadOnlyDictionary<string, JsonElement> from)
    {
        var mapped = all ? new Dictionary<string, JsonElement>(from, StringComparer.Ordinal) : new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            if (mapping.IsExpression)
            {
                mapped[mapping.Target] = Evaluate(mapping.Source, from, mapping.Target);
            }
            else if (from.TryGetValue(mapping.Source, out var value))
            {
                mapped[mapping.Target] = value;
            }
        }

        return mapped;
    }

    private void ResumeCallActivity(TokenState token, IReadOnlyDictionary<string, JsonElement> childVariables)
    {
        var callActivity = (CallActivity)_definition.Node(token.ElementId);
        var output = MapVariables(callActivity.OutputAll, callActivity.Outputs, childVariables);
        token.ChildInstanceId = null;
        SetVariables(token.ScopeId, output);
        Schedule(token, TokenPhase.Leave);
    }
}
