using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class BasicFlowTests
{
    private const string TwoTasks = """
        <startEvent id="start" />
        <userTask id="review" name="Chi bộ xem xét" pw:committeeLevel="cell" pw:committeeBody="cell-meeting" camunda:formKey="cell-vote" pw:dueInWorkingDays="5" />
        <userTask id="approve" name="Đảng ủy cơ sở duyệt" pw:committeeLevel="grassroots" pw:committeeBody="committee" />
        <endEvent id="end" />
        """ + """
        <sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <sequenceFlow id="f2" sourceRef="review" targetRef="approve" />
        <sequenceFlow id="f3" sourceRef="approve" targetRef="end" />
        """;

    [Fact]
    public void User_tasks_open_in_order_with_committee_and_complete_the_instance()
    {
        var engine = new EngineFixture();
        engine.Deploy(TwoTasks);

        var instance = engine.Host.Start("p", Vars.Of(("memberName", "Nguyễn Văn A")), businessKey: "member-1");

        var review = Assert.Single(instance.Tasks);
        Assert.Equal(("review", "Chi bộ xem xét", "cell", "cell-meeting", "cell-vote"),
            (review.ElementId, review.Name, review.CommitteeLevel, review.CommitteeBody, review.FormKey));
        // Monday 2 March 2026 + 5 working days = Monday 9 March; overdue from Tuesday 10 March 00:00 in Vietnam.
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(7)), review.DueAt);

        instance = engine.Host.CompleteTask(instance.Id, "review", Vars.Of(("agree", 7)), actor: "secretary-1");
        var approve = Assert.Single(instance.Tasks);
        Assert.Equal(("grassroots", "committee"), (approve.CommitteeLevel, approve.CommitteeBody));

        instance = engine.Host.CompleteTask(instance.Id, "approve", actor: "committee-1");
        Assert.Equal(InstanceStatus.Completed, instance.Status);
        Assert.Empty(instance.Tokens);
        Assert.Equal(7, instance.Variables["agree"].GetInt32());
        Assert.Equal("Nguyễn Văn A", instance.Variables["memberName"].GetString());
        var completed = instance.History.Where(h => h.Kind == HistoryKind.TaskCompleted).Select(h => (h.ElementId, h.Actor));
        Assert.Equal([("review", "secretary-1"), ("approve", "committee-1")], completed);
        Assert.Contains(engine.Host.Effects, e => e is InstanceEnded { Status: InstanceStatus.Completed });
    }

    [Fact]
    public void Committee_of_names_the_organisation_a_task_acts_for_and_a_non_id_is_an_incident()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <userTask id="send" pw:committeeLevel="grassroots" />
            <userTask id="receive" pw:committeeLevel="cell" pw:committeeOf="${toOrganisationId}" />
            <endEvent id="end" />
            """ + Flow("f1", "start", "send") + Flow("f2", "send", "receive") + Flow("f3", "receive", "end"));
        var receivingCell = Guid.NewGuid();

        var instance = engine.Host.Start("p", Vars.Of(("toOrganisationId", receivingCell.ToString())));
        Assert.Null(Assert.Single(instance.Tasks).CommitteeOrganisationId);
        instance = engine.Host.CompleteTask(instance.Id, "send");
        Assert.Equal(receivingCell, Assert.Single(instance.Tasks).CommitteeOrganisationId);

        var broken = engine.Host.Start("p", Vars.Of(("toOrganisationId", "chi bộ 3")));
        broken = engine.Host.CompleteTask(broken.Id, "send");
        Assert.Empty(broken.Tasks);
        Assert.Contains("receive", Assert.Single(broken.Incidents).Message);
    }

    [Fact]
    public void Executing_a_command_never_changes_the_input_state()
    {
        var engine = new EngineFixture();
        var definition = engine.Deploy(TwoTasks);
        var started = engine.Executor.Execute(definition, null, new StartInstance(Guid.NewGuid())).State;
        var before = InstanceStateJson.Serialize(started);

        var after = engine.Executor.Execute(definition, started, new CompleteTask(started.Tasks[0].Id)).State;

        Assert.Equal(before, InstanceStateJson.Serialize(started));
        Assert.NotEqual(before, InstanceStateJson.Serialize(after));
    }

    [Fact]
    public void Completing_an_unknown_or_already_completed_task_is_rejected_without_change()
    {
        var engine = new EngineFixture();
        var definition = engine.Deploy(TwoTasks);
        var started = engine.Executor.Execute(definition, null, new StartInstance(Guid.NewGuid())).State;
        var taskId = started.Tasks[0].Id;
        var afterFirst = engine.Executor.Execute(definition, started, new CompleteTask(taskId)).State;

        var ex = Assert.Throws<WorkflowCommandException>(() => engine.Executor.Execute(definition, afterFirst, new CompleteTask(taskId)));
        Assert.Equal(CommandRejection.NotFound, ex.Rejection);
    }

    [Fact]
    public void Cancel_closes_every_open_task_and_timer_and_refuses_further_commands()
    {
        var engine = new EngineFixture();
        engine.Deploy("""
            <startEvent id="start" />
            <parallelGateway id="fork" />
            <userTask id="a" pw:committeeLevel="cell" />
            <userTask id="b" pw:committeeLevel="cell" />
            <boundaryEvent id="remind" attachedToRef="b" cancelActivity="false"><timerEventDefinition><timeCycle>R3/P1D</timeCycle></timerEventDefinition></boundaryEvent>
            <endEvent id="endA" /><endEvent id="endB" /><endEvent id="endR" />
            """ + Flow("f1", "start", "fork") + Flow("f2", "fork", "a") + Flow("f3", "fork", "b")
            + Flow("f4", "a", "endA") + Flow("f5", "b", "endB") + Flow("f6", "remind", "endR"));
        var instance = engine.Host.Start("p");
        Assert.Equal(2, instance.Tasks.Count);
        Assert.Single(instance.Timers);

        instance = engine.Host.Execute(instance.Id, new CancelInstance("Hồ sơ rút lại") { Actor = "admin" });

        Assert.Equal(InstanceStatus.Cancelled, instance.Status);
        Assert.Equal("Hồ sơ rút lại", instance.EndReason);
        Assert.Empty(instance.Tasks);
        Assert.Empty(instance.Timers);
        Assert.Equal(2, engine.Host.Effects.OfType<TaskClosed>().Count(c => c.Reason == TaskCloseReason.Cancelled));
        Assert.Single(engine.Host.Effects.OfType<TimerCancelled>());
        var rejected = Assert.Throws<WorkflowCommandException>(() => engine.Host.Execute(instance.Id, new CancelInstance()));
        Assert.Equal(CommandRejection.InvalidState, rejected.Rejection);
    }

    [Fact]
    public void A_message_start_event_starts_the_instance_there()
    {
        var engine = new EngineFixture();
        var definition = engine.Deploy("""
            <startEvent id="byMessage"><messageEventDefinition messageRef="m_proceed" /></startEvent>
            """ + Task("t") + "<endEvent id=\"end\" />" + Flow("f1", "byMessage", "t") + Flow("f2", "t", "end"));

        var state = engine.Executor.Execute(definition, null, new StartInstance(Guid.NewGuid(), StartEventId: "byMessage")).State;

        Assert.Equal("t", Assert.Single(state.Tasks).ElementId);
        Assert.Throws<WorkflowCommandException>(() => engine.Executor.Execute(definition, null, new StartInstance(Guid.NewGuid())));
    }
}
