using PartyWorkflows.Engine.Expressions;

namespace PartyWorkflows.Engine.Tests.Expressions;

public class ExpressionTextTests
{
    [Theory]
    [InlineData("${ a > 1 }", "a > 1")]
    [InlineData("#{approved}", "approved")]
    [InlineData("  ${votes.agree * 2 > votes.total}  ", "votes.agree * 2 > votes.total")]
    [InlineData(" a && b ", "a && b")]
    [InlineData("({ a: 1 })", "({ a: 1 })")]
    [InlineData("${}", "")]
    public void Unwrap_strips_camunda_wrappers_and_whitespace(string text, string expected) =>
        Assert.Equal(expected, ExpressionText.Unwrap(text));
}
