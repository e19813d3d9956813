using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class MultiInstanceTests
{
    [Fact]
    public void Parallel_multi_instance_over_a_list_ends_early_on_its_completion_condition()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <userTask id="opinion" name="Ý kiến thành viên" pw:committeeLevel="grassroots" pw:committeeBody="standing-committee">
              <multiInstanceLoopCharacteristics camunda:collection="${ reviewers }" camunda:elementVariable="reviewer">
                <completionCondition>${ nrOfCompletedInstances * 3 >= nrOfInstances * 2 }</completionCondition>
              </multiInstanceLoopCharacteristics>
            </userTask>
            """ + Task("decide") + """<endEvent id="end" />""" + Flow("f1", "start", "opinion") + Flow("f2", "opinion", "decide") + Flow("f3", "decide", "end"));

        var instance = engine.Host.Start("p", Vars.Of(("reviewers", new[] { "An", "Bình", "Chi" })));

        Assert.Equal(["An", "Bình", "Chi"], instance.Tasks.Select(t => t.LocalVariables!["reviewer"].GetString()));
        Assert.Equal([0, 1, 2], instance.Tasks.Select(t => t.LocalVariables!["loopCounter"].GetInt32()));
        var first = instance.Tasks[0].Id;
        var second = instance.Tasks[2].Id;

        instance = engine.Host.Execute(instance.Id, new PartyWorkflows.Engine.Runtime.Commands.CompleteTask(first));
        Assert.Equal(2, instance.Tasks.Count);
        instance = engine.Host.Execute(instance.Id, new PartyWorkflows.Engine.Runtime.Commands.CompleteTask(second));

        // 2 of 3 is two thirds: the condition holds, the remaining instance (Bình) is cancelled.
        Assert.Equal("decide", Assert.Single(instance.Tasks).ElementId);
        var cancelled = Assert.Single(engine.Host.Effects.OfType<TaskClosed>(), c => c.Reason == TaskCloseReason.Cancelled);
        Assert.Equal("Bình", cancelled.Task.LocalVariables!["reviewer"].GetString());
        Assert.Empty(instance.Scopes);
        Assert.False(instance.Variables.ContainsKey("reviewer"));
    }

    [Fact]
    public void Sequential_multi_instance_runs_one_at_a_time_and_writes_to_the_instance()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <scriptTask id="tally" scriptFormat="javascript">
              <multiInstanceLoopCharacteristics isSequential="true" camunda:collection="${ ballots }" camunda:elementVariable="ballot" />
              <script>setVariable('agree', agree + (ballot === 'đồng ý' ? 1 : 0))</script>
            </scriptTask>
            """ + Task("next") + """<endEvent id="end" />""" + Flow("f1", "start", "tally") + Flow("f2", "tally", "next") + Flow("f3", "next", "end"));

        var instance = engine.Host.Start("p", Vars.Of(("agree", 0), ("ballots", new[] { "đồng ý", "không", "đồng ý", "đồng ý" })));

        Assert.Equal(3, instance.Variables["agree"].GetInt32());
        Assert.Equal("next", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void Sequential_user_tasks_open_one_after_another()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <userTask id="sign" pw:committeeLevel="cell">
              <multiInstanceLoopCharacteristics isSequential="true"><loopCardinality>3</loopCardinality></multiInstanceLoopCharacteristics>
            </userTask>
            <endEvent id="end" />
            """ + Flow("f1", "start", "sign") + Flow("f2", "sign", "end"));
        var instance = engine.Host.Start("p");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(i, Assert.Single(instance.Tasks).LocalVariables!["loopCounter"].GetInt32());
            instance = engine.Host.CompleteTask(instance.Id, "sign");
        }

        Assert.Equal(InstanceStatus.Completed, instance.Status);
    }

    [Fact]
    public void Multi_instance_sub_process_with_an_empty_list_is_skipped()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <subProcess id="perCell">
              <multiInstanceLoopCharacteristics camunda:collection="${ cells }" camunda:elementVariable="cell" />
              <startEvent id="s" /><userTask id="grade" pw:committeeLevel="cell" /><endEvent id="e" />
              <sequenceFlow id="s1" sourceRef="s" targetRef="grade" /><sequenceFlow id="s2" sourceRef="grade" targetRef="e" />
            </subProcess>
            """ + Task("summary") + """<endEvent id="end" />""" + Flow("f1", "start", "perCell") + Flow("f2", "perCell", "summary") + Flow("f3", "summary", "end"));

        Assert.Equal("summary", Assert.Single(engine.Host.Start("p", Vars.Of(("cells", Array.Empty<string>()))).Tasks).ElementId);

        var instance = engine.Host.Start("p", Vars.Of(("cells", new[] { "Chi bộ 1", "Chi bộ 2" })));
        Assert.Equal(["Chi bộ 1", "Chi bộ 2"], instance.Tasks.Select(t => t.LocalVariables!["cell"].GetString()));
        engine.Host.Execute(instance.Id, new PartyWorkflows.Engine.Runtime.Commands.CompleteTask(instance.Tasks[0].Id));
        instance = engine.Host.Execute(instance.Id, new PartyWorkflows.Engine.Runtime.Commands.CompleteTask(engine.Host.Instance(instance.Id).Tasks[0].Id));
        Assert.Equal("summary", Assert.Single(instance.Tasks).ElementId);
    }
}
