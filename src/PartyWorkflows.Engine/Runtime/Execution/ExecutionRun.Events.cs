using System.Text.Json;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Execution;

/// <summary>Catch, boundary and end events: timers, messages, errors and termination.</summary>
internal sealed partial class ExecutionRun
{
    private void WaitAtCatchEvent(TokenState token, IntermediateCatchEvent catchEvent)
    {
        token.Status = TokenStatus.Waiting;
        switch (catchEvent.Trigger)
        {
            case TimerEventDefinition timer:
                ScheduleTimer(token, catchEvent.Id, timer, TimerPurpose.CatchEvent);
                break;
            case MessageEventDefinition message:
                Subscribe(token, catchEvent.Id, message);
                break;
            default:
                throw new IncidentException(IncidentKinds.Definition, $"Catch event '{catchEvent.Id}' has no timer or message.");
        }
    }

    private void AttachBoundaryEvents(TokenState token, Activity activity)
    {
        foreach (var boundaryId in activity.BoundaryEvents)
        {
            var boundary = (BoundaryEvent)_definition.Node(boundaryId);
            switch (boundary.Trigger)
            {
                case TimerEventDefinition timer:
                    ScheduleTimer(token, boundary.Id, timer, TimerPurpose.Boundary);
                    break;
                case MessageEventDefinition message:
                    Subscribe(token, boundary.Id, message);
                    break;
            }
        }
    }

    /// <summary>The activity instance ended: its boundary timers and subscriptions go with it.</summary>
    private void DetachBoundaryEvents(TokenState token)
    {
        foreach (var timer in _state.Timers.FindAll(t => t.TokenId == token.Id))
        {
            CancelTimer(timer);
        }

        foreach (var subscription in _state.Subscriptions.FindAll(s => s.TokenId == token.Id))
        {
            CloseSubscription(subscription);
        }
    }

    private void ScheduleTimer(TokenState token, string elementId, TimerEventDefinition definition, TimerPurpose purpose)
    {
        var (due, remaining) = _services.Timers.FirstDue(definition, VariablesOf(token.ScopeId), _now);
        var timer = new TimerState
        {
            Id = NextWaitId(),
            TokenId = token.Id,
            ElementId = elementId,
            Purpose = purpose,
            DueAt = due,
            Remaining = remaining,
        };
        _state.Timers.Add(timer);
        Emit(new TimerScheduled(timer));
    }

    private void CancelTimer(TimerState timer)
    {
        _state.Timers.Remove(timer);
        Emit(new TimerCancelled(timer.Id));
    }

    private void Subscribe(TokenState token, string elementId, MessageEventDefinition message)
    {
        var subscription = new SubscriptionState
        {
            Id = NextWaitId(),
            TokenId = token.Id,
            ElementId = elementId,
            MessageName = message.MessageName,
        };
        _state.Subscriptions.Add(subscription);
        Emit(new SubscriptionOpened(subscription));
    }

    private void CloseSubscription(SubscriptionState subscription)
    {
        _state.Subscriptions.Remove(subscription);
        Emit(new SubscriptionClosed(subscription.Id));
    }

    public void FireTimer(TimerState timer)
    {
        var token = Token(timer.TokenId);
        Record(new HistoryEntry(_now, HistoryKind.TimerFired, timer.ElementId, _actor));
        switch (timer.Purpose)
        {
            case TimerPurpose.Retry:
                _state.Timers.Remove(timer);
                Emit(new TimerFired(timer, Interrupting: false));
                Schedule(token, TokenPhase.Execute);
                break;
            case TimerPurpose.CatchEvent:
                _state.Timers.Remove(timer);
                Emit(new TimerFired(timer, Interrupting: false));
                Schedule(token, TokenPhase.Leave);
                break;
            default:
                FireBoundaryTimer(token, timer);
                break;
        }
    }

    private void FireBoundaryTimer(TokenState owner, TimerState timer)
    {
        var boundary = (BoundaryEvent)_definition.Node(timer.ElementId);
        Emit(new TimerFired(timer, boundary.CancelActivity));
        if (boundary.CancelActivity)
        {
            InterruptActivity(owner, boundary);
            return;
        }

        var index = _state.Timers.IndexOf(timer);
        var remaining = timer.Remaining is { } left ? left - 1 : (int?)null;
        var definition = (TimerEventDefinition)boundary.Trigger;
        if (definition.Kind == TimerKind.Cycle && remaining is null or > 0)
        {
            // A cycle such as R3/P5D: a reminder each period while the activity stays open.
            var next = timer with
            {
                DueAt = _services.Timers.NextDue(definition, VariablesOf(owner.ScopeId), timer.DueAt),
                Remaining = remaining,
                FiredCount = timer.FiredCount + 1,
            };
            _state.Timers[index] = next;
            Emit(new TimerScheduled(next));
        }
        else
        {
            _state.Timers.RemoveAt(index);
        }

        NewToken(boundary.Id, owner.ScopeId, null);
    }

    public void DeliverMessage(SubscriptionState subscription, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var token = Token(subscription.TokenId);
        var node = _definition.Node(subscription.ElementId);
        Record(new HistoryEntry(_now, HistoryKind.MessageReceived, node.Id, _actor,
            Data: variables is null ? null : JsonSerializer.SerializeToElement(variables)));
        if (node is BoundaryEvent { CancelActivity: false } nonInterrupting)
        {
            // A non-interrupting boundary message may arrive again while the activity is open.
            SetVariables(token.ScopeId, variables);
            NewToken(nonInterrupting.Id, token.ScopeId, null);
            return;
        }

        CloseSubscription(subscription);
        SetVariables(token.ScopeId, variables);
        if (node is BoundaryEvent boundary)
        {
            InterruptActivity(token, boundary);
        }
        else
        {
            Schedule(token, TokenPhase.Leave);
        }
    }

    /// <summary>An interrupting boundary event: the activity instance is cancelled and its token leaves by the event.</summary>
    private void InterruptActivity(TokenState owner, BoundaryEvent boundary)
    {
        CancelActivityInstance(owner);
        RecordElement(HistoryKind.ElementCancelled, boundary.AttachedToRef);
        owner.ElementId = boundary.Id;
        owner.ArrivedVia = null;
        owner.LoopIterations = 0;
        owner.RetriesLeft = null;
        Schedule(owner, TokenPhase.Arrive);
    }

    private void ReachEnd(TokenState token, EndEvent end)
    {
        switch (end.Result)
        {
            case TerminateEventDefinition:
                TerminateScope(token);
                break;
            case ErrorEventDefinition error:
                ThrowError(token, error.ErrorCode ?? "");
                break;
            default:
                ConsumeToken(token);
                break;
        }
    }

    /// <summary>
    /// Finds the nearest boundary error event for the code, from the activity the token is at outward through
    /// enclosing sub-processes and multi-instance bodies. Uncaught at the top, a called instance fails and tells
    /// its caller; a top-level instance stops at an incident rather than silently finishing.
    /// </summary>
    private void ThrowError(TokenState token, string errorCode)
    {
        Record(new HistoryEntry(_now, HistoryKind.ErrorThrown, token.ElementId, _actor, Data: JsonSerializer.SerializeToElement(errorCode)));
        var current = token;
        while (true)
        {
            if (_definition.Node(current.ElementId) is Activity activity && FindErrorBoundary(activity, errorCode) is { } boundary)
            {
                InterruptActivity(current, boundary);
                return;
            }

            if (current.ScopeId == 0)
            {
                break;
            }

            var scope = Scope(current.ScopeId);
            if (scope.Kind == ScopeKind.MultiInstanceInner)
            {
                scope = Scope(scope.ParentScopeId);
            }

            current = Token(scope.OwnerTokenId!.Value);
        }

        if (_state.Parent is not null)
        {
            EndInstance(InstanceStatus.Failed, errorCode, HistoryKind.InstanceFailed);
            return;
        }

        throw new IncidentException(IncidentKinds.UncaughtError, $"BPMN error '{errorCode}' was thrown and no boundary error event catches it.");
    }

    private BoundaryEvent? FindErrorBoundary(Activity activity, string errorCode)
    {
        foreach (var boundaryId in activity.BoundaryEvents)
        {
            if (_definition.Node(boundaryId) is BoundaryEvent { Trigger: ErrorEventDefinition catches } boundary
                && (catches.ErrorCode is null || catches.ErrorCode == errorCode))
            {
                return boundary;
            }
        }

        return null;
    }
}
