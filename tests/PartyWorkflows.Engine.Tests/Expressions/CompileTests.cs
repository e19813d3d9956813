using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Expressions;

namespace PartyWorkflows.Engine.Tests.Expressions;

public class CompileTests
{
    private readonly JintExpressionEvaluator _evaluator = new(new FakeTimeProvider());

    [Theory]
    [InlineData("${ votes.agree * 2 > votes.total }", ExpressionKind.Expression)]
    [InlineData("{ a: 1, b: [1, 2] }", ExpressionKind.Expression)]
    [InlineData("x // comment", ExpressionKind.Expression)]
    [InlineData("((a)) || (b)", ExpressionKind.Expression)]
    [InlineData("var x = 1; setVariable('x', x);", ExpressionKind.Script)]
    [InlineData("", ExpressionKind.Script)]
    public void Valid_sources_compile(string source, ExpressionKind kind) =>
        Assert.Null(_evaluator.TryCompile(source, kind));

    [Theory]
    [InlineData("${ a > }", ExpressionKind.Expression, "Syntax error at line 1, column 4: Unexpected end of input")]
    [InlineData("a b", ExpressionKind.Expression, "Syntax error at line 1, column 3: Unexpected identifier 'b'")]
    [InlineData("a; b", ExpressionKind.Expression, "Syntax error at line 1, column 1: expected a single expression, not statements")]
    [InlineData("a) || (b", ExpressionKind.Expression, "Syntax error at line 1, column 2: Unexpected token ')'")]
    [InlineData("a) , (b", ExpressionKind.Expression, "Syntax error at line 1, column 2: Unexpected token ')'")]
    [InlineData("", ExpressionKind.Expression, "Syntax error at line 1, column 1: expected a single expression, not statements")]
    [InlineData("if (a) {\n  b(;\n}", ExpressionKind.Script, "Syntax error at line 2, column 5: Unexpected token ';'")]
    [InlineData("with (a) {}", ExpressionKind.Script, "Syntax error at line 1, column 1: Strict mode code may not include a with statement")]
    public void Syntax_errors_are_reported_with_position(string source, ExpressionKind kind, string expected) =>
        Assert.Equal(expected, _evaluator.TryCompile(source, kind));

    [Fact]
    public void Compiling_does_not_run_the_source()
    {
        Assert.Null(_evaluator.TryCompile("while (true) {}", ExpressionKind.Script));
        Assert.Null(_evaluator.TryCompile("undefinedFunction()", ExpressionKind.Expression));
    }
}
