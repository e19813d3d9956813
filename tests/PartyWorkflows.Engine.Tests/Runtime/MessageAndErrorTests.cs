using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class MessageAndErrorTests
{
    /// <summary>Help period as a sub-process; a new violation interrupts it (seed 003, appendix step 2).</summary>
    private const string HelpPeriod = """
        <startEvent id="start" />
        <subProcess id="help">
          <startEvent id="helpStart" />
          <parallelGateway id="helpFork" />
          <userTask id="commit" pw:committeeLevel="cell" />
          <userTask id="mentor" pw:committeeLevel="cell" />
          <parallelGateway id="helpJoin" />
          <endEvent id="helpEnd" />
          <sequenceFlow id="h1" sourceRef="helpStart" targetRef="helpFork" />
          <sequenceFlow id="h2" sourceRef="helpFork" targetRef="commit" />
          <sequenceFlow id="h3" sourceRef="helpFork" targetRef="mentor" />
          <sequenceFlow id="h4" sourceRef="commit" targetRef="helpJoin" />
          <sequenceFlow id="h5" sourceRef="mentor" targetRef="helpJoin" />
          <sequenceFlow id="h6" sourceRef="helpJoin" targetRef="helpEnd" />
        </subProcess>
        <boundaryEvent id="violation" attachedToRef="help"><messageEventDefinition messageRef="m_newViolation" /></boundaryEvent>
        <userTask id="progressVote" pw:committeeLevel="cell" />
        <userTask id="removalReview" pw:committeeLevel="grassroots" />
        <endEvent id="end" /><endEvent id="end2" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="help" />
        <sequenceFlow id="f2" sourceRef="help" targetRef="progressVote" />
        <sequenceFlow id="f3" sourceRef="violation" targetRef="removalReview" />
        <sequenceFlow id="f4" sourceRef="progressVote" targetRef="end" />
        <sequenceFlow id="f5" sourceRef="removalReview" targetRef="end2" />
        """;

    [Fact]
    public void A_message_interrupts_the_sub_process_and_cancels_everything_inside()
    {
        var engine = new EngineFixture();
        engine.Deploy(HelpPeriod);
        var instance = engine.Host.Start("p");
        Assert.Equal(["commit", "mentor"], instance.Tasks.Select(t => t.ElementId).Order());
        Assert.Equal("newViolation", Assert.Single(instance.Subscriptions).MessageName);

        instance = engine.Host.Execute(instance.Id, new DeliverMessage("newViolation", Vars.Of(("violation", "Vi phạm mới"))));

        Assert.Equal(["removalReview"], instance.Tasks.Select(t => t.ElementId));
        Assert.Empty(instance.Scopes);
        Assert.Empty(instance.Subscriptions);
        Assert.Single(instance.Tokens);
        Assert.Equal("Vi phạm mới", instance.Variables["violation"].GetString());
        Assert.Equal(2, engine.Host.Effects.OfType<TaskClosed>().Count(c => c.Reason == TaskCloseReason.Cancelled));
    }

    [Fact]
    public void Without_the_message_the_sub_process_completes_and_its_subscription_closes()
    {
        var engine = new EngineFixture();
        engine.Deploy(HelpPeriod);
        var instance = engine.Host.Start("p");
        engine.Host.CompleteTask(instance.Id, "commit");
        instance = engine.Host.CompleteTask(instance.Id, "mentor");

        Assert.Equal(["progressVote"], instance.Tasks.Select(t => t.ElementId));
        Assert.Empty(instance.Subscriptions);
        var rejected = Assert.Throws<WorkflowCommandException>(() => engine.Host.Execute(instance.Id, new DeliverMessage("newViolation")));
        Assert.Equal(CommandRejection.NotFound, rejected.Rejection);
    }

    [Fact]
    public void Intermediate_message_catch_waits_for_its_message()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <intermediateCatchEvent id="waitDossier"><messageEventDefinition messageRef="m_proceed" /></intermediateCatchEvent>
            """ + Task("check") + """<endEvent id="end" />""" + Flow("f1", "start", "waitDossier") + Flow("f2", "waitDossier", "check") + Flow("f3", "check", "end"));
        var instance = engine.Host.Start("p");
        Assert.Empty(instance.Tasks);

        instance = engine.Host.Execute(instance.Id, new DeliverMessage("proceed", Vars.Of(("dossierNo", 12))));

        Assert.Equal("check", Assert.Single(instance.Tasks).ElementId);
        Assert.Equal(12, instance.Variables["dossierNo"].GetInt32());
    }

    [Fact]
    public void Non_interrupting_boundary_message_keeps_the_task_and_can_arrive_again()
    {
        var engine = new EngineFixture();
        engine.Deploy(Task("review") + """
            <startEvent id="start" /><endEvent id="end" />
            <boundaryEvent id="note" attachedToRef="review" cancelActivity="false"><messageEventDefinition messageRef="m_proceed" /></boundaryEvent>
            <userTask id="readNote" pw:committeeLevel="grassroots" />
            <endEvent id="end2" />
            """ + Flow("f1", "start", "review") + Flow("f2", "review", "end") + Flow("f3", "note", "readNote") + Flow("f4", "readNote", "end2"));
        var instance = engine.Host.Start("p");

        engine.Host.Execute(instance.Id, new DeliverMessage("proceed"));
        instance = engine.Host.Execute(instance.Id, new DeliverMessage("proceed"));

        Assert.Equal(["readNote", "readNote", "review"], instance.Tasks.Select(t => t.ElementId).Order());
        Assert.Single(instance.Subscriptions);
    }

    [Fact]
    public void An_error_end_event_in_a_sub_process_is_caught_by_its_boundary_error_event()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <subProcess id="verify">
              <startEvent id="vStart" />
              <exclusiveGateway id="ok" default="fine" />
              <endEvent id="reject"><errorEventDefinition errorRef="e_rejected" /></endEvent>
              <endEvent id="vEnd" />
              <sequenceFlow id="v1" sourceRef="vStart" targetRef="ok" />
              <sequenceFlow id="bad" sourceRef="ok" targetRef="reject"><conditionExpression>!photosAttached</conditionExpression></sequenceFlow>
              <sequenceFlow id="fine" sourceRef="ok" targetRef="vEnd" />
            </subProcess>
            <boundaryEvent id="rejected" attachedToRef="verify"><errorEventDefinition errorRef="e_rejected" /></boundaryEvent>
            """ + Task("supplement") + Task("issue") + """<endEvent id="end" /><endEvent id="end2" />"""
            + Flow("f1", "start", "verify") + Flow("f2", "verify", "issue") + Flow("f3", "rejected", "supplement")
            + Flow("f4", "issue", "end") + Flow("f5", "supplement", "end2"));

        Assert.Equal("supplement", Assert.Single(engine.Host.Start("p", Vars.Of(("photosAttached", false))).Tasks).ElementId);
        Assert.Equal("issue", Assert.Single(engine.Host.Start("p", Vars.Of(("photosAttached", true))).Tasks).ElementId);
    }

    [Fact]
    public void An_uncaught_error_stops_a_top_level_instance_at_an_incident()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" /><endEvent id="fail"><errorEventDefinition errorRef="e_rejected" /></endEvent>
            """ + Flow("f1", "start", "fail"));

        var instance = engine.Host.Start("p");

        Assert.Equal(InstanceStatus.Running, instance.Status);
        Assert.Equal(IncidentKinds.UncaughtError, Assert.Single(instance.Incidents).Kind);
        Assert.Contains(engine.Host.Effects, e => e is IncidentRaised);
    }

    [Fact]
    public void Terminate_end_event_kills_the_sibling_tokens()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" /><parallelGateway id="fork" />
            <endEvent id="kill"><terminateEventDefinition /></endEvent><endEvent id="end" />
            """ + Task("slow") + Task("fast")
            + Flow("f1", "start", "fork") + Flow("f2", "fork", "slow") + Flow("f3", "fork", "fast")
            + Flow("f4", "fast", "kill") + Flow("f5", "slow", "end"));
        var instance = engine.Host.Start("p");

        instance = engine.Host.CompleteTask(instance.Id, "fast");

        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Empty(instance.Tasks);
        Assert.Empty(instance.Tokens);
        var closed = Assert.Single(engine.Host.Effects.OfType<TaskClosed>(), c => c.Reason == TaskCloseReason.Cancelled);
        Assert.Equal("slow", closed.Task.ElementId);
    }
}
