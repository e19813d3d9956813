using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Expressions;
using Xunit.Abstractions;

namespace PartyWorkflows.Engine.Tests.Expressions;

public class ThroughputTests(ITestOutputHelper output)
{
    /// <summary>Reports single-threaded throughput; deliberately not a timed assertion.</summary>
    [Fact]
    public void Simple_condition_throughput_is_reported()
    {
        var evaluator = new JintExpressionEvaluator(new FakeTimeProvider());
        var variables = Vars.Vote();
        const string condition = "votes.agree * 2 > votes.total";
        for (var i = 0; i < 20_000; i++)
        {
            evaluator.EvaluateCondition(condition, variables);
        }

        const int iterations = 200_000;
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            evaluator.EvaluateCondition(condition, variables);
        }

        stopwatch.Stop();
        output.WriteLine($"{iterations / stopwatch.Elapsed.TotalSeconds:N0} evaluations/second of '{condition}' with {variables.Count} variables");
        Assert.True(evaluator.EvaluateCondition(condition, variables));
    }
}
