using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class LoopAndIncidentTests
{
    [Fact]
    public void A_runaway_loop_without_a_wait_state_becomes_an_incident()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <scriptTask id="inc" scriptFormat="javascript"><script>setVariable('n', n + 1)</script></scriptTask>
            <exclusiveGateway id="again" default="out" />
            <endEvent id="end" />
            """ + Flow("f1", "start", "inc") + Flow("f2", "inc", "again") + Flow("back", "again", "inc", "n > 0") + Flow("out", "again", "end"));

        var instance = engine.Host.Start("p", Vars.Of(("n", 1)));

        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentKinds.RunawayLoop, incident.Kind);
        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.Contains(instance.Tokens, t => t.Status == TokenStatus.Incident);
    }

    [Fact]
    public void A_loop_that_ends_in_a_wait_state_is_not_a_runaway()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            """ + Task("vote") + """
            <exclusiveGateway id="decided" default="revote" />
            <endEvent id="end" />
            """ + Flow("f1", "start", "vote") + Flow("f2", "vote", "decided") + Flow("done", "decided", "end", "3 * agree >= 2 * convened") + Flow("revote", "decided", "vote"));
        var instance = engine.Host.Start("p");

        instance = engine.Host.CompleteTask(instance.Id, "vote", Vars.Of(("agree", 5), ("convened", 9)));
        Assert.Equal("vote", Assert.Single(instance.Tasks).ElementId); // 15 < 18: not two thirds, vote again
        instance = engine.Host.CompleteTask(instance.Id, "vote", Vars.Of(("agree", 6), ("convened", 9)));

        Assert.Equal(InstanceStatus.Completed, instance.Status); // 18 >= 18: exactly two thirds
        Assert.Empty(instance.Incidents);
    }

    [Fact]
    public void Standard_loop_repeats_while_its_condition_holds_up_to_its_maximum()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <scriptTask id="step" scriptFormat="javascript">
              <standardLoopCharacteristics loopMaximum="5"><loopCondition>true</loopCondition></standardLoopCharacteristics>
              <script>setVariable('runs', runs + 1)</script>
            </scriptTask>
            <scriptTask id="step2" scriptFormat="javascript">
              <standardLoopCharacteristics><loopCondition>runs2 &lt; 3</loopCondition></standardLoopCharacteristics>
              <script>setVariable('runs2', runs2 + 1)</script>
            </scriptTask>
            """ + Task("after") + """<endEvent id="end" />""" + Flow("f1", "start", "step") + Flow("f2", "step", "step2") + Flow("f3", "step2", "after") + Flow("f4", "after", "end"));

        var instance = engine.Host.Start("p", Vars.Of(("runs", 0), ("runs2", 0)));

        Assert.Equal(5, instance.Variables["runs"].GetInt32());
        Assert.Equal(3, instance.Variables["runs2"].GetInt32());
        Assert.Equal("after", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void A_standard_loop_without_maximum_that_never_ends_becomes_an_incident()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <scriptTask id="forever" scriptFormat="javascript">
              <standardLoopCharacteristics><loopCondition>true</loopCondition></standardLoopCharacteristics>
              <script>1</script>
            </scriptTask>
            <endEvent id="end" />
            """ + Flow("f1", "start", "forever") + Flow("f2", "forever", "end"));

        var instance = engine.Host.Start("p");

        Assert.Equal(IncidentKinds.RunawayLoop, Assert.Single(instance.Incidents).Kind);
    }

    [Fact]
    public void A_failing_expression_is_an_incident_that_a_retry_resolves_once_the_data_is_fixed()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            """ + Task("enter") + """
            <exclusiveGateway id="check" default="low" />
            """ + Task("high") + Task("lowTask") + """<endEvent id="e1" /><endEvent id="e2" />"""
            + Flow("f1", "start", "enter") + Flow("f2", "enter", "check") + Flow("hi", "check", "high", "score.total >= 90")
            + Flow("low", "check", "lowTask") + Flow("f5", "high", "e1") + Flow("f6", "lowTask", "e2"));
        var instance = engine.Host.Start("p");

        instance = engine.Host.CompleteTask(instance.Id, "enter"); // 'score' was never set: a ReferenceError/TypeError

        var incident = Assert.Single(instance.Incidents);
        Assert.Equal((IncidentKinds.Expression, "check"), (incident.Kind, incident.ElementId));
        Assert.Empty(instance.Tasks);

        instance.Variables["score"] = System.Text.Json.JsonSerializer.SerializeToElement(new { total = 95 });
        instance = engine.Host.Execute(instance.Id, new RetryIncident(incident.Id) { Actor = "admin" });

        Assert.Empty(instance.Incidents);
        Assert.Equal("high", Assert.Single(instance.Tasks).ElementId);
    }
}
