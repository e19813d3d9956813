using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Expressions;

namespace PartyWorkflows.Engine.Tests.Expressions;

public class IsolationTests
{
    private readonly JintExpressionEvaluator _evaluator = new(new FakeTimeProvider());

    [Theory]
    [InlineData("var leaked = 1;", "typeof leaked")]
    [InlineData("function leaked() {}", "typeof leaked")]
    [InlineData("let leaked = 1;", "typeof leaked")]
    [InlineData("class leaked {}", "typeof leaked")]
    [InlineData("globalThis.leaked = 1;", "typeof leaked")]
    [InlineData("this.leaked = 1;", "typeof globalThis.leaked")]
    [InlineData("globalThis.JSON = null;", "typeof JSON.parse === 'function' ? 'undefined' : 'broken'")]
    public void Globals_defined_by_a_script_do_not_reach_the_next_call(string script, string probe)
    {
        _evaluator.RunScript(script, Vars.None);

        Assert.Equal("undefined", _evaluator.EvaluateValue(probe, Vars.None).GetString());
        // The same declaration must also run again without a redeclaration error.
        _evaluator.RunScript(script, Vars.None);
    }

    [Fact]
    public void Mutating_a_variable_object_does_not_affect_the_next_call()
    {
        var variables = Vars.Vote();

        _evaluator.RunScript("votes.agree = 0; members.push('Kẻ lạ');", variables);

        Assert.Equal(5, _evaluator.EvaluateValue("votes.agree", variables).GetInt32());
        Assert.Equal(3, _evaluator.EvaluateValue("members.length", variables).GetInt32());
    }

    [Fact]
    public void Variables_of_one_call_are_not_visible_to_the_next()
    {
        _evaluator.EvaluateCondition("approved", Vars.Vote());

        var exception = Assert.Throws<ExpressionException>(() => _evaluator.EvaluateCondition("approved", Vars.None));
        Assert.Contains("approved is not defined", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_recorded_by_a_failing_script_are_discarded()
    {
        Assert.Throws<ExpressionException>(() => _evaluator.RunScript("setVariable('half', 1); null.boom;", Vars.None));

        Assert.Empty(_evaluator.RunScript("setVariable; 1", Vars.None).SetVariables);
    }

    [Fact]
    public void Many_threads_evaluate_concurrently_with_their_own_variables()
    {
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, 4_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var variables = Vars.Of(("i", i.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("votes", $$"""{"agree": {{i}}, "total": {{2 * i - 1}}}"""));
            var condition = _evaluator.EvaluateCondition("votes.agree * 2 > votes.total", variables);
            var outcome = _evaluator.RunScript("var doubled = i * 2; setVariable('doubled', doubled); globalThis.shared = i; doubled", variables);
            if (!condition || outcome.SetVariables["doubled"].GetInt32() != 2 * i || outcome.Result?.GetInt32() != 2 * i)
            {
                failures.Add($"iteration {i}");
            }
        });

        Assert.Empty(failures);
        Assert.Equal("undefined", _evaluator.EvaluateValue("typeof shared", Vars.None).GetString());
    }
}
