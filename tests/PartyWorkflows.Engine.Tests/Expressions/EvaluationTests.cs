using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Expressions;

namespace PartyWorkflows.Engine.Tests.Expressions;

public class EvaluationTests
{
    private static readonly DateTimeOffset Now = new(2025, 2, 3, 8, 30, 0, TimeSpan.Zero);
    private readonly JintExpressionEvaluator _evaluator = new(new FakeTimeProvider(Now));

    [Theory]
    [InlineData("${ votes.agree * 2 > votes.total }", true)]
    [InlineData("#{approved && members.length === 3}", true)]
    [InlineData("votes.against > votes.agree", false)]
    [InlineData("branch.startsWith('Chi bộ')", true)]
    [InlineData("votes.agree / votes.total > quorum", true)]
    [InlineData("''", false)]
    [InlineData("members.length", true)]
    [InlineData("null", false)]
    [InlineData("{ a: 1 }", true)]
    [InlineData("approved // trailing comment", true)]
    public void EvaluateCondition_applies_js_truthiness(string expression, bool expected) =>
        Assert.Equal(expected, _evaluator.EvaluateCondition(expression, Vars.Vote()));

    [Theory]
    [InlineData("1 + 2", "3")]
    [InlineData("5 / 2", "2.5")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("-0", "0")]
    [InlineData("1 / 0", "null")]
    [InlineData("2 ** 60", "1152921504606846976")]
    [InlineData("1e21", "1E+21")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("undefined", "null")]
    [InlineData("(() => 1)", "null")]
    [InlineData("members[0]", "\"Nguyễn Văn An\"")]
    [InlineData("members.map(m => m.length)", "[13,13,14]")]
    [InlineData("({ branch, count: members.length, nested: { ok: approved, list: [1, 2.5, null] } })",
        """{"branch":"Chi bộ Phường 3","count":3,"nested":{"ok":true,"list":[1,2.5,null]}}""")]
    [InlineData("new Date(Date.UTC(2025, 0, 31, 12))", "\"2025-01-31T12:00:00.000Z\"")]
    [InlineData("({ at: new Date(0) })", """{"at":"1970-01-01T00:00:00.000Z"}""")]
    public void EvaluateValue_converts_results_to_json(string expression, string expectedJson)
    {
        var result = _evaluator.EvaluateValue(expression, Vars.Vote());
        Assert.Equal(expectedJson, result.GetRawText());
    }

    [Fact]
    public void Integers_and_fractions_keep_their_json_form_both_ways()
    {
        var variables = Vars.Of(("count", "3"), ("ratio", "2.5"), ("big", "12345678901"));

        Assert.Equal("3", _evaluator.EvaluateValue("count", variables).GetRawText());
        Assert.Equal("2.5", _evaluator.EvaluateValue("ratio", variables).GetRawText());
        Assert.Equal("12345678901", _evaluator.EvaluateValue("big", variables).GetRawText());
        Assert.Equal(JsonValueKind.Number, _evaluator.EvaluateValue("count * 2", variables).ValueKind);
        Assert.True(_evaluator.EvaluateCondition("Number.isInteger(count) && !Number.isInteger(ratio)", variables));
    }

    [Fact]
    public void Vietnamese_text_round_trips_intact()
    {
        const string name = "Đảng Cộng sản Việt Nam — Nghị quyết số 12";
        var variables = Vars.Of(("title", JsonSerializer.Serialize(name)));

        var value = _evaluator.EvaluateValue("title", variables);
        var wrapped = _evaluator.EvaluateValue("({ title, upper: title.toUpperCase() })", variables);

        Assert.Equal(name, value.GetString());
        Assert.Contains("Đảng Cộng sản", value.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(name.ToUpperInvariant(), wrapped.GetProperty("upper").GetString());
    }

    [Fact]
    public void Date_reads_the_injected_time_provider()
    {
        var clock = new FakeTimeProvider(Now);
        var evaluator = new JintExpressionEvaluator(clock);

        Assert.Equal(Now.ToUnixTimeMilliseconds(), evaluator.EvaluateValue("Date.now()", Vars.None).GetInt64());
        Assert.Equal("2025-02-03T08:30:00.000Z", evaluator.EvaluateValue("new Date().toISOString()", Vars.None).GetString());

        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("2025-02-04T08:30:00.000Z", evaluator.EvaluateValue("new Date()", Vars.None).GetString());
    }

    [Fact]
    public void Date_variables_can_be_compared_after_parsing()
    {
        var variables = Vars.Of(("deadline", "\"2025-02-10T00:00:00Z\""));

        Assert.True(_evaluator.EvaluateCondition("Date.parse(deadline) > Date.now()", variables));
    }

    [Fact]
    public void RunScript_returns_set_variables_and_completion_value()
    {
        var outcome = _evaluator.RunScript(
            """
            var agree = votes.agree;
            let summary = { agree, passed: agree * 2 > votes.total };
            setVariable('summary', summary);
            setVariable('secretary', members[1]);
            setVariable('summary', { overwritten: true });
            summary.agree = 99; // recorded values are snapshots
            agree + 1;
            """,
            Vars.Vote());

        Assert.Equal(2, outcome.SetVariables.Count);
        Assert.Equal("""{"overwritten":true}""", outcome.SetVariables["summary"].GetRawText());
        Assert.Equal("Trần Thị Bình", outcome.SetVariables["secretary"].GetString());
        Assert.Equal("6", outcome.Result?.GetRawText());
    }

    [Fact]
    public void RunScript_result_is_null_when_completion_value_is_undefined()
    {
        var outcome = _evaluator.RunScript("setVariable('x', 1);", Vars.None);

        Assert.Null(outcome.Result);
        Assert.Equal(1, outcome.SetVariables["x"].GetInt32());
    }

    [Fact]
    public void RunScript_result_follows_control_flow_completion()
    {
        var outcome = _evaluator.RunScript("if (approved) { 'thông qua' } else { 'bác bỏ' }", Vars.Vote());

        Assert.Equal("thông qua", outcome.Result?.GetString());
    }

    [Fact]
    public void Scripts_without_setVariable_set_nothing()
    {
        Assert.Empty(_evaluator.RunScript("const x = 1; x", Vars.None).SetVariables);
    }

    [Fact]
    public void Expressions_cannot_call_setVariable()
    {
        var exception = Assert.Throws<ExpressionException>(() => _evaluator.EvaluateValue("setVariable('a', 1)", Vars.None));

        Assert.Equal(ExpressionFailure.RuntimeError, exception.Failure);
    }

    [Fact]
    public void Variables_are_read_only_bindings()
    {
        var exception = Assert.Throws<ExpressionException>(() => _evaluator.RunScript("approved = false", Vars.Vote()));

        Assert.Equal(ExpressionFailure.RuntimeError, exception.Failure);
    }

    [Fact]
    public void Setting_a_variable_to_undefined_records_null()
    {
        var outcome = _evaluator.RunScript("setVariable('gone', undefined)", Vars.None);

        Assert.Equal(JsonValueKind.Null, outcome.SetVariables["gone"].ValueKind);
    }

    [Fact]
    public void SetVariable_rejects_a_missing_name()
    {
        var exception = Assert.Throws<ExpressionException>(() => _evaluator.RunScript("setVariable('', 1)", Vars.None));

        Assert.Contains("non-empty string name", exception.Message, StringComparison.Ordinal);
    }
}
