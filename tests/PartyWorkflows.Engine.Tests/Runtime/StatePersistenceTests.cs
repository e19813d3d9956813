using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class StatePersistenceTests
{
    [Fact]
    public void The_instance_document_round_trips_through_json_exactly_and_runs_on_identically()
    {
        var engine = new EngineFixture();
        var definition = engine.Deploy("""
            <startEvent id="start" /><parallelGateway id="fork" />
            <subProcess id="sub">
              <multiInstanceLoopCharacteristics camunda:collection="${ members }" camunda:elementVariable="member" />
              <startEvent id="s" /><userTask id="grade" pw:committeeLevel="cell" pw:dueInWorkingDays="10" /><endEvent id="e" />
              <sequenceFlow id="s1" sourceRef="s" targetRef="grade" /><sequenceFlow id="s2" sourceRef="grade" targetRef="e" />
            </subProcess>
            <boundaryEvent id="remind" attachedToRef="sub" cancelActivity="false"><timerEventDefinition><timeCycle>R/P7D</timeCycle></timerEventDefinition></boundaryEvent>
            <intermediateCatchEvent id="wait"><messageEventDefinition messageRef="m_proceed" /></intermediateCatchEvent>
            <parallelGateway id="join" /><endEvent id="end" /><endEvent id="endR" />
            """ + Flow("f1", "start", "fork") + Flow("f2", "fork", "sub") + Flow("f3", "fork", "wait")
            + Flow("f4", "sub", "join") + Flow("f5", "wait", "join") + Flow("f6", "join", "end") + Flow("f7", "remind", "endR"));
        var state = engine.Executor.Execute(definition, null, new StartInstance(Guid.NewGuid(),
            Vars.Of(("members", new object[] { "Lê Thị Hoa", new { name = "Trần Văn Bảo", card = "30.000010", score = 92.5 } }), ("nothing", null)))).State;
        state = engine.Executor.Execute(definition, state, new CompleteTask(state.Tasks[0].Id) { Actor = "bí thư" }).State;

        var json = InstanceStateJson.Serialize(state);
        var restored = InstanceStateJson.Deserialize(json);

        Assert.Equal(json, InstanceStateJson.Serialize(restored));
        var fromOriginal = engine.Executor.Execute(definition, state, new DeliverMessage("proceed"));
        var fromRestored = engine.Executor.Execute(definition, restored, new DeliverMessage("proceed"));
        Assert.Equal(InstanceStateJson.Serialize(fromOriginal.State), InstanceStateJson.Serialize(fromRestored.State));
        Assert.Equal(fromOriginal.Effects.Count, fromRestored.Effects.Count);
        Assert.Contains("Trần Văn Bảo", json);
        Assert.Contains("92.5", json);
    }
}
