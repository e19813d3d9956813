using System.Text.Json;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Engine.Runtime.Execution;

/// <summary>
/// Multi-instance activities (BPMN 2.0 §13.3.7): the token at the activity waits as the body; each instance runs in
/// its own scope with the element variable and loopCounter; the completion condition can end the body early.
/// </summary>
internal sealed partial class ExecutionRun
{
    private bool IsMultiInstanceInner(TokenState token, Activity activity)
    {
        if (token.ScopeId == 0 || activity.Loop is not MultiInstanceLoop)
        {
            return false;
        }

        var scope = Scope(token.ScopeId);
        return scope.Kind == ScopeKind.MultiInstanceInner && scope.ElementId == activity.Id;
    }

    private void EnterMultiInstance(TokenState token, Activity activity, MultiInstanceLoop loop)
    {
        var (count, items) = MultiInstanceCount(token, activity, loop);
        if (count == 0)
        {
            Leave(token, activity);
            return;
        }

        AttachBoundaryEvents(token, activity);
        token.Status = TokenStatus.Waiting;
        var body = new ScopeState
        {
            Id = NextNumber(),
            ParentScopeId = token.ScopeId,
            Kind = ScopeKind.MultiInstanceBody,
            ElementId = activity.Id,
            OwnerTokenId = token.Id,
            MultiInstance = new MultiInstanceProgress { NrOfInstances = count, Items = items },
        };
        _state.Scopes.Add(body);
        var firstBatch = loop.IsSequential ? 1 : count;
        for (var i = 0; i < firstBatch; i++)
        {
            StartInner(body, activity, loop);
        }

        PublishCounters(body);
    }

    private (int Count, List<JsonElement>? Items) MultiInstanceCount(TokenState token, Activity activity, MultiInstanceLoop loop)
    {
        int count;
        List<JsonElement>? items = null;
        if (loop.Collection is not null)
        {
            var collection = Evaluate(loop.Collection, VariablesOf(token.ScopeId), activity.Id);
            if (collection.ValueKind != JsonValueKind.Array)
            {
                throw new IncidentException(IncidentKinds.Expression, $"The collection of '{activity.Id}' is not a list.");
            }

            items = [.. collection.EnumerateArray()];
            count = items.Count;
        }
        else
        {
            var cardinality = Evaluate(loop.LoopCardinality ?? "0", VariablesOf(token.ScopeId), activity.Id);
            if (cardinality.ValueKind != JsonValueKind.Number || !cardinality.TryGetInt32(out count) || count < 0)
            {
                throw new IncidentException(IncidentKinds.Expression, $"The loop cardinality of '{activity.Id}' is not a non-negative whole number.");
            }
        }

        if (count > _services.Options.MaxMultiInstanceCount)
        {
            throw new IncidentException(IncidentKinds.RunawayLoop,
                $"'{activity.Id}' would start {count} instances, more than the {_services.Options.MaxMultiInstanceCount} allowed.");
        }

        return (count, items);
    }

    private void StartInner(ScopeState body, Activity activity, MultiInstanceLoop loop)
    {
        var progress = body.MultiInstance!;
        var index = progress.NextIndex++;
        progress.NrOfActiveInstances++;
        var inner = new ScopeState
        {
            Id = NextNumber(),
            ParentScopeId = body.Id,
            Kind = ScopeKind.MultiInstanceInner,
            ElementId = activity.Id,
        };
        inner.Variables["loopCounter"] = JsonSerializer.SerializeToElement(index);
        if (loop.ElementVariable is not null && progress.Items is not null)
        {
            inner.Variables[loop.ElementVariable] = progress.Items[index];
        }

        _state.Scopes.Add(inner);
        NewToken(activity.Id, inner.Id, null);
    }

    private void CompleteMultiInstanceInner(TokenState token, Activity activity)
    {
        var loop = (MultiInstanceLoop)activity.Loop!;
        var inner = Scope(token.ScopeId);
        var body = Scope(inner.ParentScopeId);
        var progress = body.MultiInstance!;

        // Evaluate before changing anything, so a failing condition leaves a retryable incident and no half-step.
        var overlay = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["nrOfCompletedInstances"] = JsonSerializer.SerializeToElement(progress.NrOfCompletedInstances + 1),
            ["nrOfActiveInstances"] = JsonSerializer.SerializeToElement(progress.NrOfActiveInstances - 1),
        };
        var conditionMet = loop.CompletionCondition is not null && Condition(loop.CompletionCondition, inner.Id, activity.Id, overlay);

        RecordElement(HistoryKind.ElementCompleted, activity.Id);
        RemoveToken(token);
        _state.Scopes.Remove(inner);
        progress.NrOfCompletedInstances++;
        progress.NrOfActiveInstances--;
        PublishCounters(body);

        var allDone = progress.NrOfCompletedInstances >= progress.NrOfInstances;
        if (conditionMet || allDone)
        {
            CompleteMultiInstanceBody(body);
        }
        else if (loop.IsSequential)
        {
            StartInner(body, activity, loop);
        }
    }

    private void CompleteMultiInstanceBody(ScopeState body)
    {
        var owner = Token(body.OwnerTokenId!.Value);
        CancelScope(body);
        Schedule(owner, TokenPhase.Leave);
    }

    /// <summary>Counters are body-scope variables, as the spec names them, so conditions and forms can read them.</summary>
    private static void PublishCounters(ScopeState body)
    {
        var progress = body.MultiInstance!;
        body.Variables["nrOfInstances"] = JsonSerializer.SerializeToElement(progress.NrOfInstances);
        body.Variables["nrOfCompletedInstances"] = JsonSerializer.SerializeToElement(progress.NrOfCompletedInstances);
        body.Variables["nrOfActiveInstances"] = JsonSerializer.SerializeToElement(progress.NrOfActiveInstances);
    }
}
