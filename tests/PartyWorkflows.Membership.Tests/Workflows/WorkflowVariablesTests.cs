using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Membership.Tests.Workflows;

public sealed class WorkflowVariablesTests
{
    [Fact]
    public void A_missing_or_null_required_number_is_refused_not_read_as_zero()
    {
        var context = Context(("year", "2025"), ("periodic", "null"));

        Assert.Equal(2025, WorkflowVariables.Required<int>(context, "year"));
        Assert.Contains("agree", Assert.Throws<InvalidOperationException>(() => WorkflowVariables.Required<int>(context, "agree")).Message);
        Assert.Contains("periodic", Assert.Throws<InvalidOperationException>(() => WorkflowVariables.Required<bool>(context, "periodic")).Message);
    }

    [Fact]
    public void An_optional_nullable_number_tells_missing_from_zero_and_a_malformed_value_names_the_variable()
    {
        var context = Context(("agree", "0"), ("year", "\"năm nay\""));

        Assert.Equal(0, WorkflowVariables.Optional<int?>(context, "agree"));
        Assert.Null(WorkflowVariables.Optional<int?>(context, "convened"));
        Assert.Contains("year", Assert.Throws<InvalidOperationException>(() => WorkflowVariables.Optional<int?>(context, "year")).Message);
    }

    private static ServiceTaskContext Context(params (string Name, string Json)[] variables) => new(
        Guid.NewGuid(), "p", "task", null,
        variables.ToDictionary(v => v.Name, v => JsonDocument.Parse(v.Json).RootElement.Clone()),
        DateTimeOffset.UnixEpoch);
}
