using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Tests.Parsing.Fixtures;

namespace PartyWorkflows.Engine.Tests.Parsing;

/// <summary>The fixture with every supported element parses into exactly the expected model.</summary>
public sealed class CardReplacementParsingTests
{
    private static readonly string Xml = FixtureFiles.Read(FixtureFiles.CardReplacement);
    private static readonly ParseResult Result = BpmnParser.Parse(Xml);
    private static ProcessDefinition Process => Result.Definitions!.MainProcess!;

    [Fact]
    public void Parses_without_diagnostics()
    {
        Assert.Empty(Result.Diagnostics);
        Assert.False(Result.HasErrors);
    }

    [Fact]
    public void Reads_definitions_and_process_header()
    {
        Assert.Equal("http://partyworkflows.vn/workflows", Result.Definitions!.TargetNamespace);
        var process = Assert.Single(Result.Definitions.Processes);
        Assert.Equal("card-replacement", process.Id);
        Assert.Equal("Cấp lại thẻ đảng viên", process.Name);
        Assert.True(process.IsExecutable);
        Assert.Equal(24, process.Nodes.Count);
        Assert.Equal(22, process.Flows.Count);
    }

    [Fact]
    public void Start_events_are_none_and_timer_cycle()
    {
        Assert.Null(Process.NoneStartEvent!.Trigger);
        Assert.Equal("Start", Process.NoneStartEvent.Id);
        var yearly = Node<StartEvent>("YearlyStart");
        Assert.Equal(new TimerEventDefinition(TimerKind.Cycle, "R/2025-12-01T00:00:00/P1Y", false), yearly.Trigger);
        Assert.Equal(["Start", "YearlyStart"], Process.StartEventsOf("card-replacement").Select(s => s.Id));
    }

    [Fact]
    public void Message_catch_resolves_the_message_name()
    {
        var wait = Node<IntermediateCatchEvent>("WaitDossier");
        Assert.Equal(new MessageEventDefinition("dossier-received") { Id = "MED_Dossier" }, wait.Trigger);
        Assert.Equal(["F_Start_Wait", "F_Yearly_Wait"], wait.Incoming);
        Assert.Equal(["F_Wait_Review"], wait.Outgoing);
    }

    [Fact]
    public void User_task_reads_camunda_and_pw_attributes()
    {
        var task = Node<UserTask>("CellReview");
        Assert.Equal("Chi bộ xem xét", task.Name);
        Assert.Equal("card-replacement/cell-review", task.FormKey);
        Assert.Equal("cell-secretary", task.CandidateGroups);
        Assert.Equal("${reviewDue}", task.DueDate);
        Assert.Equal(CommitteeVocabulary.Cell, task.CommitteeLevel);
        Assert.Equal("secretary", task.CommitteeBody);
        Assert.Equal(5, task.DueInWorkingDays);
        Assert.Equal("R3/PT5M", task.RetryTimeCycle);
        Assert.Equal(["RemindCell"], task.BoundaryEvents);
        Assert.Equal(["F_Review_Decision"], task.Outgoing);
    }

    [Fact]
    public void Non_interrupting_timer_boundary_counts_working_days()
    {
        var remind = Node<BoundaryEvent>("RemindCell");
        Assert.Equal("CellReview", remind.AttachedToRef);
        Assert.False(remind.CancelActivity);
        Assert.Equal(new TimerEventDefinition(TimerKind.Duration, "P3D", WorkingDays: true), remind.Trigger);
        Assert.Empty(remind.Incoming);
        Assert.Equal(["F_Remind_Notify"], remind.Outgoing);
    }

    [Fact]
    public void Service_task_handler_is_the_external_topic()
    {
        Assert.Equal("notify-reminder", Node<ServiceTask>("NotifyCell").Handler);
    }

    [Fact]
    public void Gateways_keep_default_flows_and_conditions()
    {
        var decision = Node<ExclusiveGateway>("Decision");
        Assert.Equal("F_Approved", decision.DefaultFlow);
        Assert.Equal(["F_Rejected", "F_Approved"], decision.Outgoing);
        Assert.Equal("${approved === false}", Process.Flow("F_Rejected").Condition);
        Assert.Null(Process.Flow("F_Approved").Condition);
        Assert.IsType<ParallelGateway>(Process.Node("Split"));
        Assert.Equal(["F_Check_Join", "F_Print_Join"], Process.Node("Join").Incoming);
        Assert.Equal("F_Check_Manual", Node<InclusiveGateway>("Check").DefaultFlow);
        Assert.Equal("score < 0", Process.Flow("F_Check_Invalid").Condition);
    }

    [Fact]
    public void End_events_are_none_terminate_and_error()
    {
        Assert.Null(Node<EndEvent>("Done").Result);
        Assert.IsType<TerminateEventDefinition>(Node<EndEvent>("Terminated").Result);
        Assert.Equal(new ErrorEventDefinition("dossier-invalid"), Node<EndEvent>("DossierInvalid").Result);
        Assert.Equal(["F_Rejected", "F_Error_Terminated", "F_Cancelled_Terminated"], Process.Node("Terminated").Incoming);
    }

    [Fact]
    public void Sub_process_children_are_scoped_to_the_sub_process()
    {
        var sub = Node<SubProcess>("CheckDossiers");
        Assert.Equal("card-replacement", sub.ScopeId);
        Assert.Equal(
            ["SubStart", "ComputeScore", "Check", "ManualCheck", "Recheck", "SubEnd", "DossierInvalid"],
            Process.NodesOf("CheckDossiers").Select(n => n.Id));
        Assert.Equal("CheckDossiers", Process.Flow("F_Sub_Score").ScopeId);
        Assert.Equal("card-replacement", Process.Flow("F_Split_Check").ScopeId);
        Assert.Equal(["SubStart"], Process.StartEventsOf("CheckDossiers").Select(s => s.Id));
        Assert.Equal(["AnyDossierError"], sub.BoundaryEvents);
    }

    [Fact]
    public void Multi_instance_and_standard_loops_are_read()
    {
        Assert.Equal(
            new MultiInstanceLoop(false, "${members}", "member", null, "${nrOfCompletedInstances >= 3}"),
            Node<SubProcess>("CheckDossiers").Loop);
        Assert.Equal(new StandardLoop("needsRecheck", 3, TestBefore: true), Node<PassThroughTask>("Recheck").Loop);
        Assert.Equal("task", Node<PassThroughTask>("Recheck").ElementType);
        Assert.Equal("manualTask", Node<PassThroughTask>("ManualCheck").ElementType);
    }

    [Fact]
    public void Script_task_reads_format_body_and_result_variable()
    {
        var script = Node<ScriptTask>("ComputeScore");
        Assert.Equal("javascript", script.ScriptFormat);
        Assert.Equal("member.years * 2", script.Script);
        Assert.Equal("score", script.ResultVariable);
    }

    [Fact]
    public void Error_boundary_without_error_ref_catches_all()
    {
        var boundary = Node<BoundaryEvent>("AnyDossierError");
        Assert.True(boundary.CancelActivity);
        Assert.Equal(new ErrorEventDefinition(null), boundary.Trigger);
    }

    [Fact]
    public void Call_activity_reads_variable_mappings()
    {
        var call = Node<CallActivity>("PrintCard");
        Assert.Equal("card-printing", call.CalledElement);
        Assert.True(call.InputAll);
        Assert.Equal(
            [new VariableMapping("memberId", "memberId", false), new VariableMapping("${cardNumber + 1}", "nextCardNumber", true)],
            call.Inputs);
        Assert.False(call.OutputAll);
        Assert.Equal([new VariableMapping("printedAt", "cardPrintedAt", false)], call.Outputs);
        Assert.Equal(["CardCancelled"], call.BoundaryEvents);
        Assert.Equal(new MessageEventDefinition("card-cancelled"), Node<BoundaryEvent>("CardCancelled").Trigger);
    }

    [Fact]
    public void Intermediate_timer_keeps_an_expression_date()
    {
        Assert.Equal(new TimerEventDefinition(TimerKind.Date, "${deliveryDate}", false), Node<IntermediateCatchEvent>("WaitDelivery").Trigger);
    }

    [Theory]
    [InlineData("CellReview", "<bpmn:userTask id=\"CellReview\"")]
    [InlineData("SubStart", "<bpmn:startEvent id=\"SubStart\"")]
    [InlineData("F_Rejected", "<bpmn:sequenceFlow id=\"F_Rejected\"")]
    public void Elements_carry_their_source_location(string id, string startTag)
    {
        var element = Process.Nodes.TryGetValue(id, out var node) ? (FlowElement)node : Process.Flow(id);
        Assert.Equal(LocationOf(startTag), element.Location);
        Assert.Equal(LocationOf("<bpmn:process id=\"card-replacement\""), Process.Location);
    }

    [Fact]
    public void Stream_and_string_input_give_the_same_model()
    {
        using var stream = FixtureFiles.Open(FixtureFiles.CardReplacement);
        var fromStream = BpmnParser.Parse(stream);
        Assert.Empty(fromStream.Diagnostics);
        Assert.Equal(Process.Nodes.Keys, fromStream.Definitions!.MainProcess!.Nodes.Keys);
        Assert.Equal(Process.Flows.Keys, fromStream.Definitions.MainProcess.Flows.Keys);
    }

    private static T Node<T>(string id) where T : FlowNode => Assert.IsType<T>(Process.Node(id));

    /// <summary>1-based line, and the column XmlReader reports for an element: that of its name, after '&lt;'.</summary>
    private static SourceLocation LocationOf(string startTag)
    {
        var lines = Xml.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(startTag, StringComparison.Ordinal));
        Assert.True(line >= 0, startTag);
        return new SourceLocation(line + 1, lines[line].IndexOf(startTag, StringComparison.Ordinal) + 2);
    }
}
