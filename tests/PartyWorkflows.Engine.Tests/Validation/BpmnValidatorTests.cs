using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Tests.Runtime;
using PartyWorkflows.Engine.Validation;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Validation;

public sealed class BpmnValidatorTests
{
    private static readonly BpmnValidator Validator = new(new JintExpressionEvaluator(new FakeTimeProvider()), ["allocate-card-number"]);

    private static IReadOnlyList<Diagnostic> Validate(string processBody) => Validator.ParseAndValidate(Wrap(processBody)).Diagnostics;

    private static Diagnostic Single(string processBody, string code)
    {
        var diagnostics = Validate(processBody);
        var found = Assert.Single(diagnostics, d => d.Code == code);
        Assert.False(string.IsNullOrWhiteSpace(found.MessageEn));
        Assert.False(string.IsNullOrWhiteSpace(found.MessageVi));
        Assert.NotNull(found.Location);
        return found;
    }

    [Fact]
    public void A_sound_process_has_no_diagnostics()
    {
        var diagnostics = Validate("""<startEvent id="s" />""" + Task("t", """pw:dueInWorkingDays="30" camunda:dueDate="P5D" """) + """<endEvent id="e" />"""
            + Flow("f1", "s", "t") + Flow("f2", "t", "e"));

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Unreachable_node_is_named()
    {
        var diagnostics = Validate("""<startEvent id="s" /><endEvent id="e" />""" + Task("orphan") + """<endEvent id="e2" />"""
            + Flow("f1", "s", "e") + Flow("f2", "orphan", "e2"));

        var unreachable = diagnostics.Where(d => d.Code == DiagnosticCodes.UnreachableNode).Select(d => d.ElementId).Order();
        Assert.Equal(["e2", "orphan"], unreachable);
    }

    [Fact]
    public void Dead_end_and_gateway_without_outgoing_flow_are_reported()
    {
        var diagnostics = Validate("""<startEvent id="s" /><parallelGateway id="g" />""" + Task("stuck") + """<exclusiveGateway id="nowhere" />"""
            + Flow("f1", "s", "g") + Flow("f2", "g", "stuck") + Flow("f3", "g", "nowhere"));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.DeadEnd && d.ElementId == "stuck");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.GatewayNoOutgoing && d.ElementId == "nowhere" && d.IsError);
    }

    [Fact]
    public void Exclusive_gateway_with_conditions_but_no_default_is_reported()
    {
        var found = Single("""<startEvent id="s" /><exclusiveGateway id="g" /><endEvent id="e1" /><endEvent id="e2" />"""
            + Flow("f1", "s", "g") + Flow("yes", "g", "e1", "approved") + Flow("no", "g", "e2", "!approved"), DiagnosticCodes.ExclusiveGatewayNoDefault);

        Assert.Equal("g", found.ElementId);
    }

    [Fact]
    public void Unknown_service_handler_is_an_error()
    {
        var found = Single("""<startEvent id="s" /><serviceTask id="call" camunda:type="external" camunda:topic="send-fax" /><endEvent id="e" />"""
            + Flow("f1", "s", "call") + Flow("f2", "call", "e"), DiagnosticCodes.UnknownHandler);

        Assert.True(found.IsError);
        Assert.Contains("send-fax", found.MessageVi);
    }

    [Theory]
    [InlineData("agree &gt;")]
    [InlineData("${ members.filter(m =&gt; }")]
    public void Condition_that_does_not_compile_is_an_error_on_its_flow(string condition)
    {
        var found = Single($"""<startEvent id="s" /><endEvent id="e" /><sequenceFlow id="bad" sourceRef="s" targetRef="e"><conditionExpression>{condition}</conditionExpression></sequenceFlow>""",
            DiagnosticCodes.ExpressionError);

        Assert.Equal("bad", found.ElementId);
    }

    [Fact]
    public void Script_that_does_not_compile_and_non_javascript_scripts_are_errors()
    {
        var diagnostics = Validate("""
            <startEvent id="s" />
            <scriptTask id="broken" scriptFormat="javascript"><script>setVariable('x', </script></scriptTask>
            <scriptTask id="groovy" scriptFormat="groovy"><script>x = 1</script></scriptTask>
            <endEvent id="e" />
            """ + Flow("f1", "s", "broken") + Flow("f2", "broken", "groovy") + Flow("f3", "groovy", "e"));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ExpressionError && d.ElementId == "broken");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ScriptFormat && d.ElementId == "groovy");
    }

    [Theory]
    [InlineData("timeDuration", "5 ngày")]
    [InlineData("timeCycle", "R3/PXD")]
    [InlineData("timeDate", "31/12/2026")]
    public void Bad_timer_values_are_errors(string kind, string value)
    {
        var found = Single($"""
            <startEvent id="s" /><intermediateCatchEvent id="wait"><timerEventDefinition><{kind}>{value}</{kind}></timerEventDefinition></intermediateCatchEvent><endEvent id="e" />
            """ + Flow("f1", "s", "wait") + Flow("f2", "wait", "e"), DiagnosticCodes.BadDuration);

        Assert.Equal("wait", found.ElementId);
    }

    [Fact]
    public void Bad_retry_cycle_and_due_date_are_errors()
    {
        var diagnostics = Validate("""
            <startEvent id="s" />
            <serviceTask id="call" camunda:type="external" camunda:topic="allocate-card-number">
              <extensionElements><camunda:failedJobRetryTimeCycle>three times</camunda:failedJobRetryTimeCycle></extensionElements>
            </serviceTask>
            """ + Task("t", """camunda:dueDate="tomorrow" """) + """<endEvent id="e" />""" + Flow("f1", "s", "call") + Flow("f2", "call", "t") + Flow("f3", "t", "e"));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.BadDuration && d.ElementId == "call");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.BadDuration && d.ElementId == "t");
    }

    [Fact]
    public void User_task_needs_a_known_committee_level_and_body()
    {
        var diagnostics = Validate("""
            <startEvent id="s" />
            <userTask id="noLevel" />
            <userTask id="badLevel" pw:committeeLevel="ward" />
            <userTask id="badBody" pw:committeeLevel="superior" pw:committeeBody="politburo" />
            <endEvent id="e" />
            """ + Flow("f1", "s", "noLevel") + Flow("f2", "noLevel", "badLevel") + Flow("f3", "badLevel", "badBody") + Flow("f4", "badBody", "e"));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.MissingCommitteeLevel && d.ElementId == "noLevel");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownCommitteeLevel && d.ElementId == "badLevel");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownCommitteeBody && d.ElementId == "badBody");
    }

    [Fact]
    public void Committee_of_must_be_an_expression_that_compiles()
    {
        var diagnostics = Validate("""
            <startEvent id="s" />
            <userTask id="literal" pw:committeeLevel="cell" pw:committeeOf="toOrganisationId" />
            <userTask id="broken" pw:committeeLevel="cell" pw:committeeOf="${toOrganisationId +}" />
            <userTask id="fine" pw:committeeLevel="cell" pw:committeeOf="${toOrganisationId}" />
            <endEvent id="e" />
            """ + Flow("f1", "s", "literal") + Flow("f2", "literal", "broken") + Flow("f3", "broken", "fine") + Flow("f4", "fine", "e"));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.CommitteeOfNotExpression && d.ElementId == "literal");
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.ExpressionError && d.ElementId == "broken");
        Assert.DoesNotContain(diagnostics, d => d.ElementId == "fine");
    }

    [Fact]
    public void Multi_instance_without_collection_or_cardinality_is_an_error()
    {
        var found = Single("""
            <startEvent id="s" /><userTask id="each" pw:committeeLevel="cell"><multiInstanceLoopCharacteristics /></userTask><endEvent id="e" />
            """ + Flow("f1", "s", "each") + Flow("f2", "each", "e"), DiagnosticCodes.MultiInstanceNoCollection);

        Assert.Equal("each", found.ElementId);
    }

    [Fact]
    public void Process_without_start_event_is_an_error()
    {
        Single("""<userTask id="t" pw:committeeLevel="cell" /><endEvent id="e" />""" + Flow("f", "t", "e"), DiagnosticCodes.NoStartEvent);
    }

    [Fact]
    public void Sub_process_scopes_are_checked_too()
    {
        var diagnostics = Validate("""
            <startEvent id="s" />
            <subProcess id="sub"><userTask id="inner" pw:committeeLevel="cell" /></subProcess>
            <endEvent id="e" />
            """ + Flow("f1", "s", "sub") + Flow("f2", "sub", "e"));

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.NoStartEvent && d.ElementId == "sub");
    }
}
