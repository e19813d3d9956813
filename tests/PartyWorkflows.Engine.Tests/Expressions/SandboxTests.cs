using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Expressions;

namespace PartyWorkflows.Engine.Tests.Expressions;

public class SandboxTests
{
    private readonly JintExpressionEvaluator _evaluator = new(new FakeTimeProvider());

    [Fact]
    public void Endless_loop_hits_the_statement_limit()
    {
        var exception = Assert.Throws<ExpressionException>(() => _evaluator.RunScript("while (true) {}", Vars.None));

        Assert.Equal(ExpressionFailure.StatementLimit, exception.Failure);
        Assert.StartsWith("Statement limit exceeded", exception.Message, StringComparison.Ordinal);
        Assert.Equal("while (true) {}", exception.Expression);
    }

    [Fact]
    public void Endless_loop_hits_the_timeout_when_statements_are_unlimited()
    {
        var limits = ExpressionLimits.Default with { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = int.MaxValue - 1 };
        var evaluator = new JintExpressionEvaluator(TimeProvider.System, limits);

        var exception = Assert.Throws<ExpressionException>(() => evaluator.EvaluateCondition("(() => { for (;;) {} })()", Vars.None));

        Assert.Equal(ExpressionFailure.Timeout, exception.Failure);
        Assert.StartsWith("Timeout", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_recursion_hits_the_recursion_limit()
    {
        var exception = Assert.Throws<ExpressionException>(() =>
            _evaluator.RunScript("function down(n) { return down(n + 1) + 1; } down(0)", Vars.None));

        Assert.Equal(ExpressionFailure.RecursionLimit, exception.Failure);
        Assert.StartsWith("Recursion limit exceeded", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("const a = new Array(5000000).fill(1); a.length")]
    [InlineData("let s = 'Đảng'; for (let i = 0; i < 40; i++) { s += s; } s.length")]
    public void Huge_allocations_hit_the_memory_limit(string script)
    {
        var exception = Assert.Throws<ExpressionException>(() => _evaluator.RunScript(script, Vars.None));

        Assert.Equal(ExpressionFailure.MemoryLimit, exception.Failure);
        Assert.StartsWith("Memory limit exceeded", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("System.IO.File")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("clrHelper.getType")]
    [InlineData("eval('1 + 1')")]
    [InlineData("Function('return 1')()")]
    [InlineData("(() => {}).constructor('return 1')()")]
    [InlineData("(function* () {}).constructor('yield 1')().next()")]
    [InlineData("require('fs')")]
    [InlineData("new ShadowRealm()")]
    public void Host_access_and_string_compilation_are_unavailable(string expression)
    {
        var exception = Assert.Throws<ExpressionException>(() => _evaluator.EvaluateValue(expression, Vars.None));

        Assert.Equal(ExpressionFailure.RuntimeError, exception.Failure);
    }

    [Fact]
    public void Unknown_variable_is_a_runtime_error_with_position()
    {
        var exception = Assert.Throws<ExpressionException>(() => _evaluator.EvaluateCondition("${ approved && quorm > 0 }", Vars.Vote()));

        Assert.Equal(ExpressionFailure.RuntimeError, exception.Failure);
        Assert.Equal("${ approved && quorm > 0 }", exception.Expression);
        Assert.Equal("Runtime error in expression 'approved && quorm > 0' at line 1, column 13: quorm is not defined", exception.Message);
    }

    [Fact]
    public void Syntax_error_reports_line_and_column()
    {
        var exception = Assert.Throws<ExpressionException>(() => _evaluator.RunScript("let a = 1;\nlet b = (a +;", Vars.None));

        Assert.Equal(ExpressionFailure.SyntaxError, exception.Failure);
        Assert.Equal("Syntax error in script 'let a = 1;\nlet b = (a +;' at line 2, column 13: Unexpected token ';'", exception.Message);
    }

    [Fact]
    public void Builtins_are_frozen()
    {
        var exception = Assert.Throws<ExpressionException>(() =>
            _evaluator.RunScript("Array.prototype.includes = () => true;", Vars.None));

        Assert.Equal(ExpressionFailure.RuntimeError, exception.Failure);
        Assert.False(_evaluator.EvaluateCondition("[1, 2].includes(3)", Vars.None));
    }

    [Fact]
    public void Evaluator_keeps_working_after_every_kind_of_failure()
    {
        string[] failing = ["while (true) {}", "function f() { return f(); } f()", "new Array(5000000).fill(0)", "throw new Error('x')", "let ="];
        foreach (var script in failing)
        {
            Assert.Throws<ExpressionException>(() => _evaluator.RunScript(script, Vars.None));
            Assert.True(_evaluator.EvaluateCondition("votes.agree * 2 > votes.total", Vars.Vote()));
        }
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new JintExpressionEvaluator(TimeProvider.System, ExpressionLimits.Default with { MaxStatements = 0 }));
    }
}
