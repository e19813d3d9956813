using System.Collections.Concurrent;
using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace PartyWorkflows.Engine.Expressions;

/// <summary>
/// Sandboxed JavaScript evaluator on Jint: no CLR access, no eval, bounded time, statements, memory and
/// recursion. Thread-safe; engines are pooled and parsed sources cached by text.
/// </summary>
public sealed class JintExpressionEvaluator : IExpressionEvaluator
{
    // Sources come from deployed process definitions, so the set is small; the cap only guards against abuse.
    private const int MaxCachedSources = 10_000;

    private readonly TimeProvider _timeProvider;
    private readonly ExpressionLimits _limits;
    private readonly ConcurrentDictionary<(string Text, ExpressionKind Kind), CompiledSource> _compiled = new();
    private readonly ConcurrentBag<SandboxEngine> _idleEngines = [];
    private readonly int _maxIdleEngines = Environment.ProcessorCount * 2;
    private int _idleCount;

    public JintExpressionEvaluator(TimeProvider timeProvider, ExpressionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _limits = limits ?? ExpressionLimits.Default;
        _limits.Validate();
    }

    public string? TryCompile(string source, ExpressionKind kind)
    {
        var compiled = Compile(source, kind);
        return compiled.SyntaxError is null ? null : $"Syntax error at {compiled.SyntaxError}";
    }

    public bool EvaluateCondition(string expression, IReadOnlyDictionary<string, JsonElement> variables) =>
        Run(expression, ExpressionKind.Expression, variables, static (_, value) => TypeConverter.ToBoolean(value));

    public JsonElement EvaluateValue(string expression, IReadOnlyDictionary<string, JsonElement> variables) =>
        Run(expression, ExpressionKind.Expression, variables, static (engine, value) => engine.ToJson(value));

    public ScriptOutcome RunScript(string script, IReadOnlyDictionary<string, JsonElement> variables) =>
        Run(script, ExpressionKind.Script, variables, static (engine, value) =>
            new ScriptOutcome(engine.TakeSetVariables(), value.IsUndefined() ? null : engine.ToJson(value)));

    private T Run<T>(
        string text,
        ExpressionKind kind,
        IReadOnlyDictionary<string, JsonElement> variables,
        Func<SandboxEngine, JsValue, T> complete)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var compiled = Compile(text, kind);
        if (compiled.SyntaxError is not null)
        {
            throw new ExpressionException(
                ExpressionFailure.SyntaxError,
                text,
                $"Syntax error in {compiled.Noun} '{compiled.Text}' at {compiled.SyntaxError}");
        }

        var engine = Rent();
        var reusable = true;
        try
        {
            // Converting the result runs inside the rental: it may call JSON.stringify on this engine.
            return complete(engine, engine.Evaluate(compiled, variables));
        }
        catch (Exception exception) when (exception is not ExpressionException)
        {
            // After a limit hit the engine may be mid-call; only ordinary JS errors leave it clean.
            reusable = exception is JavaScriptException;
            throw Translate(exception, text, compiled);
        }
        finally
        {
            if (reusable && engine.TryReset())
            {
                Return(engine);
            }
        }
    }

    private CompiledSource Compile(string source, ExpressionKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = kind == ExpressionKind.Expression ? ExpressionText.Unwrap(source) : source;
        if (_compiled.TryGetValue((text, kind), out var cached))
        {
            return cached;
        }

        if (_compiled.Count >= MaxCachedSources)
        {
            _compiled.Clear();
        }

        // Syntax errors are cached too: a broken condition is re-evaluated every time its gateway is reached.
        return _compiled.GetOrAdd((text, kind), static key => CompiledSource.Compile(key.Text, key.Kind));
    }

    private SandboxEngine Rent()
    {
        if (_idleEngines.TryTake(out var engine))
        {
            Interlocked.Decrement(ref _idleCount);
            return engine;
        }

        return new SandboxEngine(_timeProvider, _limits);
    }

    private void Return(SandboxEngine engine)
    {
        // Bounded so a burst of parallel evaluations does not pin its engines forever.
        if (Interlocked.Increment(ref _idleCount) <= _maxIdleEngines)
        {
            _idleEngines.Add(engine);
        }
        else
        {
            Interlocked.Decrement(ref _idleCount);
        }
    }

    private ExpressionException Translate(Exception exception, string text, CompiledSource compiled)
    {
        var subject = $"{compiled.Noun} '{compiled.Text}'";
        return exception switch
        {
            JavaScriptException js => new ExpressionException(
                ExpressionFailure.RuntimeError,
                text,
                $"Runtime error in {subject}{compiled.DescribeLocation(js.Location.Start)}: {(js.Message.Length > 0 ? js.Message : "uncaught exception")}",
                js),
            TimeoutException => new ExpressionException(
                ExpressionFailure.Timeout,
                text,
                $"Timeout: {subject} ran longer than {_limits.Timeout.TotalMilliseconds:0} ms",
                exception),
            StatementsCountOverflowException => new ExpressionException(
                ExpressionFailure.StatementLimit,
                text,
                $"Statement limit exceeded: {subject} executed more than {_limits.MaxStatements} statements",
                exception),
            MemoryLimitExceededException => new ExpressionException(
                ExpressionFailure.MemoryLimit,
                text,
                $"Memory limit exceeded: {subject} allocated more than {_limits.MemoryBytes} bytes",
                exception),
            RecursionDepthOverflowException => new ExpressionException(
                ExpressionFailure.RecursionLimit,
                text,
                $"Recursion limit exceeded: {subject} nested calls deeper than {_limits.MaxRecursionDepth}",
                exception),
            _ => new ExpressionException(
                ExpressionFailure.RuntimeError,
                text,
                $"Runtime error in {subject}: {exception.Message}",
                exception),
        };
    }
}
