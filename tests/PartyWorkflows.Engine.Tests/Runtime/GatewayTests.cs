using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class GatewayTests
{
    [Theory]
    [InlineData(7, 12, "accepted")] // 2*7 > 12: more than half
    [InlineData(6, 12, "rejected")] // exactly half is not more than half: the default flow
    public void Exclusive_gateway_takes_the_first_true_condition_else_the_default(int agree, int members, string expected)
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <exclusiveGateway id="decide" default="toRejected" />
            """ + Task("accepted") + Task("rejected") + """
            <endEvent id="end1" /><endEvent id="end2" />
            """ + Flow("f1", "start", "decide")
            + Flow("toAccepted", "decide", "accepted", "${ 2 * agree > members }")
            + Flow("toRejected", "decide", "rejected")
            + Flow("f4", "accepted", "end1") + Flow("f5", "rejected", "end2"));

        var instance = engine.Host.Start("p", Vars.Of(("agree", agree), ("members", members)));

        Assert.Equal(expected, Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void Exclusive_gateway_without_a_true_condition_or_default_stops_at_an_incident()
    {
        var engine = new EngineFixture();
        engine.Deploy("""<startEvent id="start" /><exclusiveGateway id="decide" />""" + Task("a") + """<endEvent id="end" />"""
            + Flow("f1", "start", "decide") + Flow("f2", "decide", "a", "approved === true") + Flow("f3", "a", "end"));

        var instance = engine.Host.Start("p", Vars.Of(("approved", false)));

        var incident = Assert.Single(instance.Incidents);
        Assert.Equal((IncidentKinds.NoOutgoingFlow, "decide"), (incident.Kind, incident.ElementId));
        Assert.Equal(InstanceStatus.Running, instance.Status);
    }

    [Fact]
    public void Parallel_join_waits_for_the_longer_branch()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" /><parallelGateway id="fork" /><parallelGateway id="join" /><endEvent id="end" />
            """ + Task("short") + Task("long1") + Task("long2") + Task("after")
            + Flow("f1", "start", "fork") + Flow("f2", "fork", "short") + Flow("f3", "fork", "long1")
            + Flow("f4", "long1", "long2") + Flow("f5", "short", "join") + Flow("f6", "long2", "join")
            + Flow("f7", "join", "after") + Flow("f8", "after", "end"));

        var instance = engine.Host.Start("p");
        instance = engine.Host.CompleteTask(instance.Id, "short");
        Assert.Equal(["long1"], instance.Tasks.Select(t => t.ElementId));
        Assert.Contains(instance.Tokens, t => t.Status == TokenStatus.Joining && t.ElementId == "join");

        instance = engine.Host.CompleteTask(instance.Id, "long1");
        Assert.Equal(["long2"], instance.Tasks.Select(t => t.ElementId));
        instance = engine.Host.CompleteTask(instance.Id, "long2");

        Assert.Equal(["after"], instance.Tasks.Select(t => t.ElementId));
        Assert.Single(instance.Tokens);
        engine.Host.CompleteTask(instance.Id, "after");
        Assert.Equal(InstanceStatus.Completed, engine.Host.Instance(instance.Id).Status);
    }

    private const string InclusiveProcess = """
        <startEvent id="start" /><inclusiveGateway id="split" default="toC" /><inclusiveGateway id="join" /><endEvent id="end" />
        """ + """
        <userTask id="a" pw:committeeLevel="cell" /><userTask id="b" pw:committeeLevel="cell" /><userTask id="c" pw:committeeLevel="cell" />
        <userTask id="a2" pw:committeeLevel="cell" /><userTask id="after" pw:committeeLevel="grassroots" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="split" />
        <sequenceFlow id="toA" sourceRef="split" targetRef="a"><conditionExpression>needsA</conditionExpression></sequenceFlow>
        <sequenceFlow id="toB" sourceRef="split" targetRef="b"><conditionExpression>needsB</conditionExpression></sequenceFlow>
        <sequenceFlow id="toC" sourceRef="split" targetRef="c" />
        <sequenceFlow id="a-a2" sourceRef="a" targetRef="a2" />
        <sequenceFlow id="a2-join" sourceRef="a2" targetRef="join" />
        <sequenceFlow id="b-join" sourceRef="b" targetRef="join" />
        <sequenceFlow id="c-join" sourceRef="c" targetRef="join" />
        <sequenceFlow id="f9" sourceRef="join" targetRef="after" />
        <sequenceFlow id="f10" sourceRef="after" targetRef="end" />
        """;

    [Fact]
    public void Inclusive_join_waits_only_for_the_branches_that_were_activated()
    {
        var engine = new EngineFixture();
        engine.Deploy(InclusiveProcess);

        var instance = engine.Host.Start("p", Vars.Of(("needsA", true), ("needsB", true)));
        Assert.Equal(["a", "b"], instance.Tasks.Select(t => t.ElementId).Order());

        instance = engine.Host.CompleteTask(instance.Id, "b");
        Assert.DoesNotContain(instance.Tasks, t => t.ElementId == "after"); // a's branch is still on its way (a → a2 → join)
        instance = engine.Host.CompleteTask(instance.Id, "a");
        Assert.DoesNotContain(instance.Tasks, t => t.ElementId == "after");
        instance = engine.Host.CompleteTask(instance.Id, "a2");

        Assert.Equal(["after"], instance.Tasks.Select(t => t.ElementId)); // fired without waiting for c, never activated
        Assert.Single(instance.Tokens);
    }

    [Fact]
    public void Inclusive_split_with_no_true_condition_takes_the_default_and_the_join_passes_one_branch()
    {
        var engine = new EngineFixture();
        engine.Deploy(InclusiveProcess);

        var instance = engine.Host.Start("p", Vars.Of(("needsA", false), ("needsB", false)));
        Assert.Equal(["c"], instance.Tasks.Select(t => t.ElementId));

        instance = engine.Host.CompleteTask(instance.Id, "c");
        Assert.Equal(["after"], instance.Tasks.Select(t => t.ElementId));
    }
}
