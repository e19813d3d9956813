using System.Text.Json;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Execution;

/// <summary>
/// One command's work on a copy of the instance: moves tokens until each waits, recording side effects.
/// The partial files split it by concern (flow, activities, gateways, events, scopes, variables).
/// </summary>
internal sealed partial class ExecutionRun
{
    private readonly ProcessDefinition _definition;
    private readonly InstanceState _state;
    private readonly ExecutionServices _services;
    private readonly DateTimeOffset _now;
    private readonly string? _actor;
    private readonly List<SideEffect> _effects = [];
    private readonly Queue<TokenState> _ready = new();
    private int _steps;

    public ExecutionRun(ProcessDefinition definition, InstanceState state, ExecutionServices services, DateTimeOffset now, string? actor)
    {
        _definition = definition;
        _state = state;
        _services = services;
        _now = now;
        _actor = actor;
    }

    public InstanceState State => _state;

    public ExecutionResult Result() => new(_state, _effects);

    /// <summary>Advances queued tokens until every token waits, joins, ended or stopped at an incident.</summary>
    public void RunToWaitStates()
    {
        do
        {
            while (_ready.TryDequeue(out var token))
            {
                if (token.Removed || token.Status != TokenStatus.Ready || _state.IsEnded)
                {
                    continue;
                }

                if (++_steps > _services.Options.MaxStepsPerCommand)
                {
                    RaiseIncident(token, IncidentKinds.RunawayLoop,
                        $"More than {_services.Options.MaxStepsPerCommand} steps without reaching a wait state: a loop does not end.");
                    return;
                }

                try
                {
                    Step(token);
                }
                catch (IncidentException ex)
                {
                    RaiseIncident(token, ex.Kind, ex.Message);
                }
            }
        }
        while (!_state.IsEnded && FireReadyInclusiveJoins());
    }

    /// <summary>Queues tokens left ready by an earlier command that stopped at an incident.</summary>
    public void RequeueReadyTokens()
    {
        foreach (var token in _state.Tokens.Where(t => t.Status == TokenStatus.Ready))
        {
            _ready.Enqueue(token);
        }
    }

    private void Step(TokenState token)
    {
        var node = _definition.Node(token.ElementId);
        switch (token.Phase)
        {
            case TokenPhase.Arrive:
                Arrive(token, node);
                break;
            case TokenPhase.Execute:
                Execute(token, node);
                break;
            default:
                Leave(token, node);
                break;
        }
    }

    private void Arrive(TokenState token, FlowNode node)
    {
        switch (node)
        {
            case Gateway gateway:
                ArriveAtGateway(token, gateway);
                break;
            case EndEvent end:
                RecordElement(HistoryKind.ElementCompleted, end.Id);
                ReachEnd(token, end);
                break;
            case Activity activity:
                RecordElement(HistoryKind.ElementStarted, activity.Id);
                ArriveAtActivity(token, activity);
                break;
            case IntermediateCatchEvent:
                RecordElement(HistoryKind.ElementStarted, node.Id);
                Execute(token, node);
                break;
            default:
                // Start and boundary events only pass the token on.
                Leave(token, node);
                break;
        }
    }

    private void Execute(TokenState token, FlowNode node)
    {
        token.Phase = TokenPhase.Execute;
        switch (node)
        {
            case IntermediateCatchEvent catchEvent:
                WaitAtCatchEvent(token, catchEvent);
                break;
            case Activity activity:
                ExecuteActivity(token, activity);
                break;
            default:
                Leave(token, node);
                break;
        }
    }

    private void Leave(TokenState token, FlowNode node)
    {
        token.Phase = TokenPhase.Leave;
        if (node is Activity activity && !LeaveActivity(token, activity))
        {
            return;
        }

        if (node is not StartEvent and not BoundaryEvent and not Gateway)
        {
            RecordElement(HistoryKind.ElementCompleted, node.Id);
        }

        TakeOutgoing(token, node, SelectOutgoing(token, node));
    }

    /// <summary>Outgoing flows of a non-gateway node: unconditional ones, conditional ones that hold, else the default.</summary>
    private List<string> SelectOutgoing(TokenState token, FlowNode node)
    {
        var chosen = new List<string>(node.Outgoing.Count);
        var anyConditional = false;
        string? defaultFlow = node is Activity a ? a.DefaultFlow : null;
        foreach (var flowId in node.Outgoing)
        {
            if (flowId == defaultFlow)
            {
                continue;
            }

            var flow = _definition.Flow(flowId);
            if (flow.Condition is null)
            {
                chosen.Add(flowId);
            }
            else
            {
                anyConditional = true;
                if (Condition(flow.Condition, token.ScopeId, flow.Id))
                {
                    chosen.Add(flowId);
                }
            }
        }

        if (chosen.Count == 0 && defaultFlow is not null)
        {
            chosen.Add(defaultFlow);
        }
        else if (chosen.Count == 0 && anyConditional)
        {
            throw new IncidentException(IncidentKinds.NoOutgoingFlow, $"No condition on the flows leaving '{node.Id}' holds and there is no default flow.");
        }

        return chosen;
    }

    /// <summary>Moves the token along the first flow and new tokens along the others; no flow ends the token.</summary>
    private void TakeOutgoing(TokenState token, FlowNode node, List<string> flows)
    {
        if (flows.Count == 0)
        {
            ConsumeToken(token);
            return;
        }

        for (var i = 1; i < flows.Count; i++)
        {
            NewToken(_definition.Flow(flows[i]).TargetRef, token.ScopeId, flows[i]);
        }

        var first = _definition.Flow(flows[0]);
        token.ElementId = first.TargetRef;
        token.ArrivedVia = first.Id;
        token.LoopIterations = 0;
        token.RetriesLeft = null;
        Schedule(token, TokenPhase.Arrive);
    }

    private TokenState NewToken(string elementId, int scopeId, string? arrivedVia)
    {
        var token = new TokenState
        {
            Id = NextNumber(),
            ElementId = elementId,
            ScopeId = scopeId,
            ArrivedVia = arrivedVia,
        };
        _state.Tokens.Add(token);
        Schedule(token, TokenPhase.Arrive);
        return token;
    }

    private void Schedule(TokenState token, TokenPhase phase)
    {
        token.Status = TokenStatus.Ready;
        token.Phase = phase;
        _ready.Enqueue(token);
    }

    private int NextNumber() => ++_state.LastId;

    private Guid NextWaitId() => DeterministicId.For(_state.Id, NextNumber());

    private TokenState Token(int id) =>
        _state.Tokens.Find(t => t.Id == id) ?? throw new InvalidOperationException($"Token {id} is not on instance {_state.Id}.");

    private void RaiseIncident(TokenState token, string kind, string message)
    {
        token.Status = TokenStatus.Incident;
        var incident = new IncidentState
        {
            Id = NextWaitId(),
            TokenId = token.Id,
            ElementId = token.ElementId,
            Kind = kind,
            Message = message,
            Phase = token.Phase,
            CreatedAt = _now,
        };
        _state.Incidents.Add(incident);
        _state.History.Add(new HistoryEntry(_now, HistoryKind.IncidentRaised, token.ElementId, _actor, Data: JsonSerializer.SerializeToElement(message)));
        _effects.Add(new IncidentRaised(incident));
    }

    private void RecordElement(HistoryKind kind, string elementId)
    {
        if (_services.Options.RecordElementHistory)
        {
            _state.History.Add(new HistoryEntry(_now, kind, elementId));
        }
    }

    private void Record(HistoryEntry entry) => _state.History.Add(entry);

    private void Emit(SideEffect effect) => _effects.Add(effect);
}
