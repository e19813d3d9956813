using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Execution;

/// <summary>Ending tokens, completing and cancelling scopes, and ending the instance.</summary>
internal sealed partial class ExecutionRun
{
    private ScopeState Scope(int id) =>
        _state.Scopes.Find(s => s.Id == id) ?? throw new InvalidOperationException($"Scope {id} is not on instance {_state.Id}.");

    private void RemoveToken(TokenState token)
    {
        token.Removed = true;
        _state.Tokens.Remove(token);
    }

    /// <summary>The token reached an end: when it was the last in its scope, the scope completes.</summary>
    private void ConsumeToken(TokenState token)
    {
        RemoveToken(token);
        if (!_state.Tokens.Exists(t => t.ScopeId == token.ScopeId))
        {
            CompleteScope(token.ScopeId);
        }
    }

    private void CompleteScope(int scopeId)
    {
        if (scopeId == 0)
        {
            EndInstance(InstanceStatus.Completed, null, HistoryKind.InstanceCompleted);
            return;
        }

        var scope = Scope(scopeId);
        if (scope.OwnerTokenId is { } ownerId)
        {
            // A finished sub-process: its token moves on in the parent scope.
            _state.Scopes.Remove(scope);
            Schedule(Token(ownerId), TokenPhase.Leave);
        }
    }

    /// <summary>Ends the activity instance a token stands for: its task, timers, subscriptions, incidents, inner scopes and called instance.</summary>
    private void CancelActivityInstance(TokenState token)
    {
        foreach (var task in _state.Tasks.FindAll(t => t.TokenId == token.Id))
        {
            _state.Tasks.Remove(task);
            Emit(new TaskClosed(task, TaskCloseReason.Cancelled, _actor));
        }

        DetachBoundaryEvents(token);
        foreach (var incident in _state.Incidents.FindAll(i => i.TokenId == token.Id))
        {
            _state.Incidents.Remove(incident);
            Emit(new IncidentResolved(incident.Id));
        }

        if (token.ChildInstanceId is { } child)
        {
            Emit(new ChildInstanceCancelRequested(child));
            token.ChildInstanceId = null;
        }

        foreach (var owned in _state.Scopes.FindAll(s => s.OwnerTokenId == token.Id))
        {
            CancelScope(owned);
        }
    }

    private void CancelScope(ScopeState scope)
    {
        foreach (var token in _state.Tokens.FindAll(t => t.ScopeId == scope.Id))
        {
            CancelActivityInstance(token);
            RemoveToken(token);
        }

        foreach (var inner in _state.Scopes.FindAll(s => s.ParentScopeId == scope.Id && s.OwnerTokenId is null))
        {
            CancelScope(inner);
        }

        _state.Scopes.Remove(scope);
    }

    /// <summary>Terminate end event: every other token of the scope ends, then the scope completes.</summary>
    private void TerminateScope(TokenState token)
    {
        foreach (var sibling in _state.Tokens.FindAll(t => t.ScopeId == token.ScopeId && t != token))
        {
            CancelActivityInstance(sibling);
            RemoveToken(sibling);
        }

        foreach (var inner in _state.Scopes.FindAll(s => s.ParentScopeId == token.ScopeId && s.OwnerTokenId is null))
        {
            CancelScope(inner);
        }

        ConsumeToken(token);
    }

    /// <summary>Cancels whatever still runs, then closes the instance with the status and tells the caller, if any.</summary>
    public void EndInstance(InstanceStatus status, string? reason, HistoryKind kind)
    {
        foreach (var token in _state.Tokens.ToList())
        {
            CancelActivityInstance(token);
            RemoveToken(token);
        }

        _state.Scopes.Clear();
        foreach (var incident in _state.Incidents)
        {
            Emit(new IncidentResolved(incident.Id));
        }

        _state.Incidents.Clear();
        _state.Status = status;
        _state.EndedAt = _now;
        _state.EndReason = reason;
        Record(new HistoryEntry(_now, kind, Actor: _actor));
        Emit(new InstanceEnded(_state.Id, status, reason));
        if (_state.Parent is { } parent && status != InstanceStatus.Cancelled)
        {
            Emit(new ParentNotificationRequested(parent, _state.Id, _state.Variables, status == InstanceStatus.Failed ? reason : null));
        }
    }
}
