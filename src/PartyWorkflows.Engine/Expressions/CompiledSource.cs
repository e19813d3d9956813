using Acornima;
using Acornima.Ast;
using Jint;

namespace PartyWorkflows.Engine.Expressions;

/// <summary>A parsed expression or script, shared by all pooled engines, or the syntax error that prevented parsing.</summary>
internal sealed class CompiledSource
{
    private static readonly ScriptPreparationOptions PreparationOptions = new() { CollectReferencedGlobals = true };

    // Prepared<Script> is a large struct handed to Engine.Evaluate by reference, so it lives in a field.
    public readonly Prepared<Script> Script;

    private CompiledSource(string text, ExpressionKind kind, Prepared<Script> script, string? syntaxError)
    {
        Text = text;
        Kind = kind;
        Script = script;
        SyntaxError = syntaxError;
        ReferencedGlobals = script.ReferencedGlobals is { } globals ? [.. globals] : [];
    }

    /// <summary>The source as parsed (for expressions: without the <c>${}</c> wrapper).</summary>
    public string Text { get; }

    public ExpressionKind Kind { get; }

    /// <summary>"line L, column C: description", or null when the source compiled.</summary>
    public string? SyntaxError { get; }

    /// <summary>Free identifiers; only these process variables need converting and installing.</summary>
    public string[] ReferencedGlobals { get; }

    public string Noun => Kind == ExpressionKind.Script ? "script" : "expression";

    public static CompiledSource Compile(string text, ExpressionKind kind)
    {
        if (kind == ExpressionKind.Script)
        {
            return TryPrepare(text, out var script, out var error)
                ? new CompiledSource(text, kind, script, null)
                : new CompiledSource(text, kind, default, error);
        }

        // Parentheses force expression grammar ("{ a: 1 }" is an object literal, "a; b" is rejected);
        // the newline keeps a trailing line comment from swallowing the closing parenthesis.
        if (TryPrepare("(" + text + "\n)", out var wrapped, out _) && IsWholeExpression(wrapped.Program))
        {
            return new CompiledSource(text, kind, wrapped, null);
        }

        // Re-parse the bare text so the reported position refers to what the author wrote.
        return TryPrepare(text, out _, out var bareError)
            ? new CompiledSource(text, kind, default, "line 1, column 1: expected a single expression, not statements")
            : new CompiledSource(text, kind, default, bareError);
    }

    /// <summary>Formats a runtime location relative to the author's text.</summary>
    public string DescribeLocation(in Position position)
    {
        if (position.Line <= 0)
        {
            return string.Empty;
        }

        // Expressions run with one leading '(' on the first line.
        var column = position.Column + 1 - (Kind == ExpressionKind.Expression && position.Line == 1 ? 1 : 0);
        return $" at line {position.Line}, column {Math.Max(column, 1)}";
    }

    // Rejects text that closes our parenthesis itself, such as "a) || (b": the expression node then
    // starts at our '(' instead of inside the author's text.
    private static bool IsWholeExpression(Script? program) =>
        program is { Body: [ExpressionStatement { Expression.Range.Start: > 0 }] };

    private static bool TryPrepare(string code, out Prepared<Script> script, out string? error)
    {
        try
        {
            script = Jint.Engine.PrepareScript(code, source: null, strict: true, PreparationOptions);
            error = null;
            return true;
        }
        catch (ScriptPreparationException exception)
        {
            script = default;
            error = exception.InnerException is ParseErrorException parse
                ? $"line {parse.LineNumber}, column {parse.Column + 1}: {parse.Description}"
                : exception.Message;
            return false;
        }
    }
}
