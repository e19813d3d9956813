using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Execution;

/// <summary>Gateway semantics of BPMN 2.0 §13.4: exclusive, parallel and inclusive split and join.</summary>
internal sealed partial class ExecutionRun
{
    private void ArriveAtGateway(TokenState token, Gateway gateway)
    {
        switch (gateway)
        {
            case ParallelGateway when gateway.Incoming.Count > 1:
                token.Status = TokenStatus.Joining;
                TryFireParallelJoin(gateway, token.ScopeId);
                break;
            case InclusiveGateway when gateway.Incoming.Count > 1:
                token.Status = TokenStatus.Joining;
                break;
            default:
                SplitGateway(token, gateway);
                break;
        }
    }

    private void SplitGateway(TokenState token, Gateway gateway)
    {
        RecordElement(HistoryKind.ElementCompleted, gateway.Id);
        var flows = gateway switch
        {
            ExclusiveGateway => [ChooseExclusive(token, gateway)],
            InclusiveGateway => ChooseInclusive(token, gateway),
            _ => gateway.Outgoing.ToList(),
        };
        TakeOutgoing(token, gateway, flows);
    }

    /// <summary>The first flow in document order whose condition holds (no condition counts as true), else the default.</summary>
    private string ChooseExclusive(TokenState token, Gateway gateway)
    {
        foreach (var flowId in gateway.Outgoing)
        {
            if (flowId == gateway.DefaultFlow)
            {
                continue;
            }

            var flow = _definition.Flow(flowId);
            if (flow.Condition is null || Condition(flow.Condition, token.ScopeId, flow.Id))
            {
                return flowId;
            }
        }

        return gateway.DefaultFlow
            ?? throw new IncidentException(IncidentKinds.NoOutgoingFlow, $"No condition of gateway '{gateway.Id}' holds and it has no default flow.");
    }

    private List<string> ChooseInclusive(TokenState token, Gateway gateway)
    {
        var chosen = new List<string>();
        foreach (var flowId in gateway.Outgoing)
        {
            if (flowId == gateway.DefaultFlow)
            {
                continue;
            }

            var flow = _definition.Flow(flowId);
            if (flow.Condition is null || Condition(flow.Condition, token.ScopeId, flow.Id))
            {
                chosen.Add(flowId);
            }
        }

        if (chosen.Count == 0)
        {
            chosen.Add(gateway.DefaultFlow
                ?? throw new IncidentException(IncidentKinds.NoOutgoingFlow, $"No condition of gateway '{gateway.Id}' holds and it has no default flow."));
        }

        return chosen;
    }

    /// <summary>Fires when a token waits on every incoming flow; consumes one per flow.</summary>
    private void TryFireParallelJoin(Gateway gateway, int scopeId)
    {
        var waiting = JoiningTokens(gateway, scopeId);
        var byFlow = waiting.GroupBy(t => t.ArrivedVia).ToDictionary(g => g.Key ?? "", g => g.First());
        if (gateway.Incoming.Any(flow => !byFlow.ContainsKey(flow)))
        {
            return;
        }

        FireJoin(gateway, byFlow.Values.ToList());
    }

    /// <summary>
    /// An inclusive join fires when no token that is not already waiting there can still reach it (BPMN 2.0 §13.4.3),
    /// so it waits only for the branches that were activated. Checked when nothing else can move.
    /// </summary>
    private bool FireReadyInclusiveJoins()
    {
        var fired = false;
        var candidates = _state.Tokens
            .Where(t => t.Status == TokenStatus.Joining && _definition.Node(t.ElementId) is InclusiveGateway)
            .Select(t => (t.ElementId, t.ScopeId))
            .Distinct()
            .ToList();
        var analysis = DefinitionAnalysis.Of(_definition);
        foreach (var (gatewayId, scopeId) in candidates)
        {
            var blocked = _state.Tokens.Any(t =>
                t.ScopeId == scopeId
                && !(t.Status == TokenStatus.Joining && t.ElementId == gatewayId)
                && (t.ElementId == gatewayId || analysis.CanReach(t.ElementId, gatewayId)));
            if (blocked)
            {
                continue;
            }

            var gateway = (Gateway)_definition.Node(gatewayId);
            var waiting = JoiningTokens(gateway, scopeId).GroupBy(t => t.ArrivedVia).Select(g => g.First()).ToList();
            FireJoin(gateway, waiting);
            fired = true;
        }

        return fired;
    }

    private List<TokenState> JoiningTokens(Gateway gateway, int scopeId) =>
        _state.Tokens.FindAll(t => t.Status == TokenStatus.Joining && t.ElementId == gateway.Id && t.ScopeId == scopeId);

    private void FireJoin(Gateway gateway, List<TokenState> consumed)
    {
        var survivor = consumed[0];
        foreach (var token in consumed.Skip(1))
        {
            RemoveToken(token);
        }

        try
        {
            SplitGateway(survivor, gateway);
        }
        catch (IncidentException ex)
        {
            RaiseIncident(survivor, ex.Kind, ex.Message);
        }
    }
}
