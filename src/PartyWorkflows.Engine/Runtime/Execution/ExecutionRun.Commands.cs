using System.Text.Json;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Execution;

/// <summary>Entry points the executor calls for each command before running tokens to their wait states.</summary>
internal sealed partial class ExecutionRun
{
    public void Begin(StartEvent startEvent, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        Record(new HistoryEntry(_now, HistoryKind.InstanceStarted, startEvent.Id, _actor,
            Data: variables is null ? null : JsonSerializer.SerializeToElement(variables)));
        Emit(new InstanceStarted(_state.Id, _state.ProcessId, _state.BusinessKey));
        NewToken(startEvent.Id, 0, null);
    }

    public void CompleteTask(UserTaskState task, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var token = Token(task.TokenId);
        _state.Tasks.Remove(task);
        Record(new HistoryEntry(_now, HistoryKind.TaskCompleted, task.ElementId, _actor, task.Id,
            variables is null ? null : JsonSerializer.SerializeToElement(variables)));
        Emit(new TaskClosed(task, TaskCloseReason.Completed, _actor));
        SetVariables(token.ScopeId, variables);
        Schedule(token, TokenPhase.Leave);
    }

    /// <summary>False when the notice is stale (already handled, or the call activity was cancelled): ignored.</summary>
    public bool ResumeFromChild(CompleteCallActivity called)
    {
        var token = _state.Tokens.Find(t => t.Id == called.TokenId);
        if (token is null || token.ChildInstanceId != called.ChildInstanceId)
        {
            return false;
        }

        if (called.ErrorCode is not null)
        {
            token.ChildInstanceId = null;
            try
            {
                ThrowError(token, called.ErrorCode);
            }
            catch (IncidentException ex)
            {
                RaiseIncident(token, ex.Kind, ex.Message);
            }

            return true;
        }

        ResumeCallActivity(token, called.ChildVariables);
        return true;
    }

    public void RetryIncident(Guid incidentId)
    {
        var incident = _state.Incidents.Find(i => i.Id == incidentId)
            ?? throw new WorkflowCommandException(CommandRejection.NotFound, $"Incident {incidentId} is not open on instance {_state.Id}.");
        _state.Incidents.Remove(incident);
        Record(new HistoryEntry(_now, HistoryKind.IncidentResolved, incident.ElementId, _actor));
        Emit(new IncidentResolved(incident.Id));
        RequeueReadyTokens();
        var token = Token(incident.TokenId);
        token.RetriesLeft = null;
        Schedule(token, incident.Phase);
    }
}
