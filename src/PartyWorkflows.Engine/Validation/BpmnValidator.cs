using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Handlers;

namespace PartyWorkflows.Engine.Validation;

/// <summary>
/// Checks a parsed definition for what would fail or misbehave at run time: reachability, dead ends, gateways,
/// expressions that do not compile, bad durations, unknown handlers and user tasks without a committee level.
/// A definition with any error diagnostic (from parsing or here) must not be deployed.
/// </summary>
/// <param name="handlerNames">Names of the registered service task handlers (<see cref="IServiceTaskHandlerRegistry.Names"/>); null skips the unknown-handler check.</param>
public sealed class BpmnValidator(IExpressionEvaluator expressions, IReadOnlyCollection<string>? handlerNames = null)
{
    /// <summary>Parses and validates: every diagnostic of the file, parsing first.</summary>
    public ParseResult ParseAndValidate(string xml, ParserOptions? options = null)
    {
        var parsed = BpmnParser.Parse(xml, options);
        return parsed.Definitions is null
            ? parsed
            : parsed with { Diagnostics = [.. parsed.Diagnostics, .. Validate(parsed.Definitions)] };
    }

    public IReadOnlyList<Diagnostic> Validate(BpmnDefinitions definitions)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var process in definitions.Processes)
        {
            new ProcessChecks(process, expressions, handlerNames, diagnostics).Run();
        }

        return diagnostics;
    }

    private sealed class ProcessChecks(
        ProcessDefinition process,
        IExpressionEvaluator expressions,
        IReadOnlyCollection<string>? handlerNames,
        List<Diagnostic> diagnostics)
    {
        public void Run()
        {
            CheckScope(process.Id, process.Location, isProcess: true);
            foreach (var subProcess in process.Nodes.Values.OfType<SubProcess>())
            {
                CheckScope(subProcess.Id, subProcess.Location, isProcess: false);
            }

            foreach (var node in process.Nodes.Values.OrderBy(n => n.Location.Line).ThenBy(n => n.Location.Column))
            {
                CheckNode(node);
            }

            foreach (var flow in process.Flows.Values.Where(f => f.Condition is not null))
            {
                CheckExpression(flow.Id, flow.Location, flow.Condition!, ExpressionKind.Expression);
            }
        }

        /// <summary>A scope needs a start; every node in it must be reachable from one (boundary events via their activity).</summary>
        private void CheckScope(string scopeId, SourceLocation location, bool isProcess)
        {
            var starts = process.StartEventsOf(scopeId);
            if (isProcess ? starts.Count == 0 : !starts.Any(s => s.Trigger is null))
            {
                diagnostics.Add(DiagnosticFactory.NoStartEvent(scopeId, location));
                return;
            }

            var reached = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<FlowNode>(starts);
            foreach (var start in starts)
            {
                reached.Add(start.Id);
            }

            while (pending.TryPop(out var node))
            {
                foreach (var next in process.Successors(node))
                {
                    if (reached.Add(next.Id))
                    {
                        pending.Push(next);
                    }
                }
            }

            foreach (var node in process.NodesOf(scopeId).Where(n => !reached.Contains(n.Id)))
            {
                diagnostics.Add(DiagnosticFactory.UnreachableNode(node.Id, node.Location));
            }
        }

        private void CheckNode(FlowNode node)
        {
            CheckOutgoing(node);
            switch (node)
            {
                case UserTask userTask:
                    CheckUserTask(userTask);
                    break;
                case ServiceTask serviceTask:
                    CheckServiceTask(serviceTask);
                    break;
                case ScriptTask scriptTask:
                    CheckScriptTask(scriptTask);
                    break;
                case CallActivity callActivity:
                    foreach (var mapping in callActivity.Inputs.Concat(callActivity.Outputs).Where(m => m.IsExpression))
                    {
                        CheckExpression(callActivity.Id, callActivity.Location, mapping.Source, ExpressionKind.Expression);
                    }

                    if (callActivity.BusinessKey is { } businessKey)
                    {
                        CheckExpression(callActivity.Id, callActivity.Location, businessKey, ExpressionKind.Expression);
                    }

                    break;
                case StartEvent { Trigger: TimerEventDefinition timer }:
                    CheckTimer(node, timer);
                    break;
                case IntermediateCatchEvent { Trigger: TimerEventDefinition timer }:
                    CheckTimer(node, timer);
                    break;
                case BoundaryEvent { Trigger: TimerEventDefinition timer }:
                    CheckTimer(node, timer);
                    break;
            }

            if (node is Activity activity)
            {
                CheckLoop(activity);
                if (activity.RetryTimeCycle is { } retry && !RetryPolicy.TryParse(retry, out _))
                {
                    diagnostics.Add(DiagnosticFactory.BadDuration(activity.Id, retry, activity.Location));
                }
            }
        }

        private void CheckOutgoing(FlowNode node)
        {
            if (node is Gateway gateway)
            {
                if (gateway.Outgoing.Count == 0)
                {
                    diagnostics.Add(DiagnosticFactory.GatewayNoOutgoing(gateway.Id, gateway.Location));
                }
                else if (gateway is ExclusiveGateway && gateway.DefaultFlow is null
                         && gateway.Outgoing.Any(f => process.Flows.TryGetValue(f, out var flow) && flow.Condition is not null))
                {
                    diagnostics.Add(DiagnosticFactory.ExclusiveGatewayNoDefault(gateway.Id, gateway.Location));
                }

                return;
            }

            if (node.Outgoing.Count == 0 && node is not EndEvent)
            {
                diagnostics.Add(DiagnosticFactory.DeadEnd(node.Id, node.Location));
            }
        }

        private void CheckUserTask(UserTask task)
        {
            if (task.CommitteeLevel is null)
            {
                diagnostics.Add(DiagnosticFactory.MissingCommitteeLevel(task.Id, task.Location));
            }
            else if (!CommitteeVocabulary.Levels.Contains(task.CommitteeLevel))
            {
                diagnostics.Add(DiagnosticFactory.UnknownCommitteeLevel(task.Id, task.CommitteeLevel, task.Location));
            }

            if (task.CommitteeBody is not null && !CommitteeVocabulary.Bodies.Contains(task.CommitteeBody))
            {
                diagnostics.Add(DiagnosticFactory.UnknownCommitteeBody(task.Id, task.CommitteeBody, task.Location));
            }

            if (task.CommitteeOf is { } committeeOf && !CheckIfExpression(task.Id, task.Location, committeeOf))
            {
                diagnostics.Add(DiagnosticFactory.CommitteeOfNotExpression(task.Id, committeeOf, task.Location));
            }

            if (task.DueDate is { } due && !CheckIfExpression(task.Id, task.Location, due)
                && !IsoDuration.TryParse(due, out _) && !TimerSchedule.TryFirstDue(TimerDefinitionKind.Date, due, DateTimeOffset.UnixEpoch, null, out _, out _))
            {
                diagnostics.Add(DiagnosticFactory.BadDuration(task.Id, due, task.Location));
            }
        }

        private void CheckServiceTask(ServiceTask task)
        {
            if (handlerNames is not null && task.Handler is not null && !handlerNames.Contains(task.Handler))
            {
                diagnostics.Add(DiagnosticFactory.UnknownHandler(task.Id, task.Handler, task.Location));
            }
        }

        private void CheckScriptTask(ScriptTask task)
        {
            if (task.ScriptFormat is not null && !IsJavaScript(task.ScriptFormat))
            {
                diagnostics.Add(DiagnosticFactory.ScriptFormat(task.Id, task.ScriptFormat, task.Location));
                return;
            }

            CheckExpression(task.Id, task.Location, task.Script, ExpressionKind.Script);
        }

        private static bool IsJavaScript(string format) =>
            format.Equals("javascript", StringComparison.OrdinalIgnoreCase)
            || format.Equals("js", StringComparison.OrdinalIgnoreCase)
            || format.Equals("ecmascript", StringComparison.OrdinalIgnoreCase);

        private void CheckLoop(Activity activity)
        {
            switch (activity.Loop)
            {
                case MultiInstanceLoop multi:
                    if (multi.Collection is null && multi.LoopCardinality is null)
                    {
                        diagnostics.Add(DiagnosticFactory.MultiInstanceNoCollection(activity.Id, activity.Location));
                    }

                    foreach (var expression in new[] { multi.Collection, multi.LoopCardinality, multi.CompletionCondition }.OfType<string>())
                    {
                        CheckExpression(activity.Id, activity.Location, expression, ExpressionKind.Expression);
                    }

                    break;
                case StandardLoop { LoopCondition: { } condition }:
                    CheckExpression(activity.Id, activity.Location, condition, ExpressionKind.Expression);
                    break;
            }
        }

        private void CheckTimer(FlowNode node, TimerEventDefinition timer)
        {
            if (CheckIfExpression(node.Id, node.Location, timer.Value))
            {
                return;
            }

            var valid = timer.Kind switch
            {
                TimerKind.Duration => IsoDuration.TryParse(timer.Value, out _),
                TimerKind.Cycle => IsoRepeatingInterval.TryParse(timer.Value, out _),
                _ => TimerSchedule.TryFirstDue(TimerDefinitionKind.Date, timer.Value, DateTimeOffset.UnixEpoch, null, out _, out _),
            };
            if (!valid)
            {
                diagnostics.Add(DiagnosticFactory.BadDuration(node.Id, timer.Value, node.Location));
            }
        }

        /// <summary>True when the value is a <c>${...}</c> expression (then checked to compile), false for literal ISO text.</summary>
        private bool CheckIfExpression(string elementId, SourceLocation location, string value)
        {
            var trimmed = value.Trim();
            if (!trimmed.StartsWith("${", StringComparison.Ordinal) && !trimmed.StartsWith("#{", StringComparison.Ordinal))
            {
                return false;
            }

            CheckExpression(elementId, location, trimmed, ExpressionKind.Expression);
            return true;
        }

        private void CheckExpression(string elementId, SourceLocation location, string source, ExpressionKind kind)
        {
            if (expressions.TryCompile(ExpressionText.Unwrap(source), kind) is { } error)
            {
                diagnostics.Add(DiagnosticFactory.ExpressionError(elementId, source.Trim(), error, location));
            }
        }
    }
}
