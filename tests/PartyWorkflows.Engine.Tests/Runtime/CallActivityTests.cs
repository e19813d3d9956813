using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class CallActivityTests
{
    private static EngineFixture DeployCardAndChild()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="cStart" />
            <scriptTask id="allocate" scriptFormat="javascript"><script>setVariable('cardNumber', provinceCode + '.' + String(sequence).padStart(6, '0'))</script></scriptTask>
            """ + Task("print") + """<endEvent id="cEnd" />"""
            + Flow("c1", "cStart", "allocate") + Flow("c2", "allocate", "print") + Flow("c3", "print", "cEnd"), id: "child");
        engine.Deploy("""
            <startEvent id="start" />
            <callActivity id="issueCard" calledElement="child">
              <extensionElements>
                <camunda:in source="province" target="provinceCode" />
                <camunda:in sourceExpression="${ lastSequence + 1 }" target="sequence" />
                <camunda:out source="cardNumber" target="issuedCardNumber" />
              </extensionElements>
            </callActivity>
            """ + Task("present") + """<endEvent id="end" />"""
            + Flow("f1", "start", "issueCard") + Flow("f2", "issueCard", "present") + Flow("f3", "present", "end"));
        return engine;
    }

    [Fact]
    public void Call_activity_maps_variables_in_and_out()
    {
        var engine = DeployCardAndChild();

        var parent = engine.Host.Start("p", Vars.Of(("province", "30"), ("lastSequence", 9), ("secret", "không chuyển")), businessKey: "member-7");

        var request = Assert.Single(engine.Host.Effects.OfType<ChildInstanceRequested>());
        var child = engine.Host.Instance(request.ChildInstanceId);
        Assert.Equal(("child", "member-7"), (child.ProcessId, child.BusinessKey));
        Assert.Equal(("30", 10), (child.Variables["provinceCode"].GetString(), child.Variables["sequence"].GetInt32()));
        Assert.False(child.Variables.ContainsKey("secret")); // only mapped variables cross into the child
        Assert.Empty(parent.Tasks);

        engine.Host.CompleteTask(child.Id, "print");

        parent = engine.Host.Instance(parent.Id);
        Assert.Equal(InstanceStatus.Completed, engine.Host.Instance(child.Id).Status);
        Assert.Equal("30.000010", parent.Variables["issuedCardNumber"].GetString());
        Assert.False(parent.Variables.ContainsKey("cardNumber"));
        Assert.Equal("present", Assert.Single(parent.Tasks).ElementId);
    }

    [Fact]
    public void Each_called_instance_of_a_list_gets_the_business_key_its_expression_gives()
    {
        var engine = new EngineFixture();
        engine.Deploy("""<startEvent id="cStart" />""" + Task("help") + """<endEvent id="cEnd" />"""
            + Flow("c1", "cStart", "help") + Flow("c2", "help", "cEnd"), id: "child");
        engine.Deploy("""
            <startEvent id="start" />
            <callActivity id="educateEach" calledElement="child">
              <extensionElements>
                <camunda:in businessKey="${ 'education-then-removal/' + member + '/' + year }" />
                <camunda:in source="member" target="memberKey" />
              </extensionElements>
              <multiInstanceLoopCharacteristics camunda:collection="${ listed }" camunda:elementVariable="member" />
            </callActivity>
            <endEvent id="end" />
            """ + Flow("f1", "start", "educateEach") + Flow("f2", "educateEach", "end"));

        engine.Host.Start("p", Vars.Of(("listed", new[] { "DV-1", "DV-2" }), ("year", 2026)), businessKey: "member-screening-round/c/2026");

        var children = engine.Host.Effects.OfType<ChildInstanceRequested>().Select(c => engine.Host.Instance(c.ChildInstanceId));
        Assert.Equal(
            [("education-then-removal/DV-1/2026", "DV-1"), ("education-then-removal/DV-2/2026", "DV-2")],
            children.Select(c => (c.BusinessKey, c.Variables["memberKey"].GetString())).Order());
    }

    [Fact]
    public void A_business_key_expression_that_gives_no_text_is_an_incident()
    {
        var engine = new EngineFixture();
        engine.Deploy("""<startEvent id="cStart" /><endEvent id="cEnd" />""" + Flow("c1", "cStart", "cEnd"), id: "child");
        engine.Deploy("""
            <startEvent id="start" />
            <callActivity id="call" calledElement="child">
              <extensionElements><camunda:in businessKey="${ missingKey }" /></extensionElements>
            </callActivity>
            <endEvent id="end" />
            """ + Flow("f1", "start", "call") + Flow("f2", "call", "end"));

        var parent = engine.Host.Start("p", Vars.Of(("missingKey", 42)));

        Assert.Empty(engine.Host.Effects.OfType<ChildInstanceRequested>());
        Assert.Contains("businessKey", Assert.Single(parent.Incidents).Message);
    }

    [Fact]
    public void Cancelling_the_caller_cancels_the_called_instance()
    {
        var engine = DeployCardAndChild();
        var parent = engine.Host.Start("p", Vars.Of(("province", "30"), ("lastSequence", 0)));
        var childId = engine.Host.Effects.OfType<ChildInstanceRequested>().Single().ChildInstanceId;

        engine.Host.Execute(parent.Id, new CancelInstance());

        Assert.Equal(InstanceStatus.Cancelled, engine.Host.Instance(childId).Status);
        Assert.Empty(engine.Host.Instance(childId).Tasks);
    }

    [Fact]
    public void An_error_ending_the_called_instance_is_caught_on_the_call_activity()
    {
        var engine = new EngineFixture();
        engine.Deploy("""<startEvent id="s" /><endEvent id="e"><errorEventDefinition errorRef="e_rejected" /></endEvent>""" + Flow("c1", "s", "e"), id: "child");
        engine.Deploy("""
            <startEvent id="start" /><callActivity id="call" calledElement="child" />
            <boundaryEvent id="caught" attachedToRef="call"><errorEventDefinition errorRef="e_rejected" /></boundaryEvent>
            """ + Task("handle") + Task("normal") + """<endEvent id="end" /><endEvent id="end2" />"""
            + Flow("f1", "start", "call") + Flow("f2", "call", "normal") + Flow("f3", "caught", "handle")
            + Flow("f4", "handle", "end") + Flow("f5", "normal", "end2"));

        var parent = engine.Host.Start("p");

        Assert.Equal("handle", Assert.Single(parent.Tasks).ElementId);
        var child = engine.Host.Instances.Single(i => i.ProcessId == "child");
        Assert.Equal((InstanceStatus.Failed, "REJECTED"), (child.Status, child.EndReason));
    }
}
