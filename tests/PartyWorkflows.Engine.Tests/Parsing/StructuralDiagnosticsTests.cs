using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Tests.Parsing.Fixtures;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Tests.Parsing;

/// <summary>Problems in a well-formed BPMN file are reported by code and element id, many at once.</summary>
public sealed class StructuralDiagnosticsTests
{
    [Fact]
    public void Unsupported_gateway_and_event_definition_are_errors_naming_the_element()
    {
        var result = Parse("""
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="cg" />
            <bpmn:complexGateway id="cg" />
            <bpmn:sequenceFlow id="f2" sourceRef="cg" targetRef="sig" />
            <bpmn:intermediateCatchEvent id="sig"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>
            <bpmn:sequenceFlow id="f3" sourceRef="sig" targetRef="e" />
            <bpmn:endEvent id="e" />
            """);

        Assert.Equal(
            [(DiagnosticCodes.UnsupportedElement, "cg"), (DiagnosticCodes.UnsupportedEventDefinition, "sig")],
            Codes(result));
        Assert.All(result.Diagnostics, d => Assert.True(d.IsError));
        Assert.Contains("complexGateway", result.Diagnostics[0].MessageEn, StringComparison.Ordinal);
        Assert.Equal("Phần tử 'cg' (complexGateway) không được hỗ trợ.", result.Diagnostics[0].MessageVi);
        // The rest of the process is still there, without flows that touch what could not be read.
        var process = result.Definitions!.MainProcess!;
        Assert.Equal(["s", "e"], process.Nodes.Keys);
        Assert.Empty(process.Flows);
    }

    [Theory]
    [InlineData("<bpmn:eventBasedGateway id=\"x\" />")]
    [InlineData("<bpmn:sendTask id=\"x\" />")]
    [InlineData("<bpmn:receiveTask id=\"x\" />")]
    [InlineData("<bpmn:businessRuleTask id=\"x\" />")]
    [InlineData("<bpmn:intermediateThrowEvent id=\"x\" />")]
    [InlineData("<bpmn:transaction id=\"x\" />")]
    [InlineData("<bpmn:adHocSubProcess id=\"x\" />")]
    [InlineData("<bpmn:subProcess id=\"x\" triggeredByEvent=\"true\" />")]
    [InlineData("<bpmn:serviceTask id=\"x\" camunda:class=\"vn.party.Notify\" />")]
    [InlineData("<bpmn:serviceTask id=\"x\" camunda:delegateExpression=\"${notify}\" />")]
    [InlineData("<bpmn:subProcess id=\"sp\"><bpmn:sendTask id=\"x\" /></bpmn:subProcess>")]
    public void Unsupported_elements_are_never_skipped_silently(string element)
    {
        var result = Parse(element);
        Assert.Contains((DiagnosticCodes.UnsupportedElement, "x"), Codes(result));
    }

    [Theory]
    [InlineData("<bpmn:startEvent id=\"x\"><bpmn:signalEventDefinition /></bpmn:startEvent>")]
    [InlineData("<bpmn:startEvent id=\"x\"><bpmn:conditionalEventDefinition /></bpmn:startEvent>")]
    [InlineData("<bpmn:endEvent id=\"x\"><bpmn:escalationEventDefinition /></bpmn:endEvent>")]
    [InlineData("<bpmn:endEvent id=\"x\"><bpmn:compensateEventDefinition /></bpmn:endEvent>")]
    [InlineData("<bpmn:endEvent id=\"x\"><bpmn:messageEventDefinition messageRef=\"m\" /></bpmn:endEvent>")]
    [InlineData("<bpmn:intermediateCatchEvent id=\"x\"><bpmn:linkEventDefinition name=\"l\" /></bpmn:intermediateCatchEvent>")]
    [InlineData("<bpmn:startEvent id=\"x\"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition><bpmn:messageEventDefinition messageRef=\"m\" /></bpmn:startEvent>")]
    public void Unsupported_event_definitions_are_errors(string element)
    {
        var result = Parse(element, """<bpmn:message id="m" name="msg" />""");
        Assert.Equal([(DiagnosticCodes.UnsupportedEventDefinition, "x")], Codes(result));
    }

    [Theory]
    [InlineData("executionListener", "<camunda:executionListener event=\"start\" class=\"org.example.Notify\" />")]
    [InlineData("taskListener", "<camunda:taskListener event=\"create\" expression=\"${notify}\" />")]
    [InlineData("inputOutput", "<camunda:inputOutput><camunda:inputParameter name=\"a\">1</camunda:inputParameter></camunda:inputOutput>")]
    public void Camunda_behaviour_extensions_are_errors_not_silently_ignored(string name, string extension)
    {
        var result = Parse($"""
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
            <bpmn:userTask id="t"><bpmn:extensionElements>{extension}</bpmn:extensionElements></bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e" />
            <bpmn:endEvent id="e" />
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.UnsupportedElement, "t"), (diagnostic.Code, diagnostic.ElementId));
        Assert.Contains("camunda:" + name, diagnostic.MessageEn, StringComparison.Ordinal);
        Assert.True(diagnostic.IsError);
    }

    [Fact]
    public void Broken_references_are_reported_and_parsing_goes_on()
    {
        var result = Parse(
            """
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="nowhere" />
            <bpmn:sequenceFlow id="f2" sourceRef="ghost" targetRef="t" />
            <bpmn:userTask id="t" default="f-missing" />
            <bpmn:boundaryEvent id="b1" attachedToRef="s"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:boundaryEvent id="b2" attachedToRef="lost"><bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
            <bpmn:intermediateCatchEvent id="m1"><bpmn:messageEventDefinition messageRef="Msg_Unknown" /></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="e1"><bpmn:errorEventDefinition errorRef="Err_Unknown" /></bpmn:endEvent>
            <bpmn:subProcess id="sp"><bpmn:startEvent id="inner" /></bpmn:subProcess>
            <bpmn:sequenceFlow id="f3" sourceRef="t" targetRef="inner" />
            """);

        Assert.Equal(
            [
                (DiagnosticCodes.BrokenReference, "m1"),
                (DiagnosticCodes.BrokenReference, "e1"),
                (DiagnosticCodes.BrokenReference, "f1"),
                (DiagnosticCodes.BrokenReference, "f2"),
                (DiagnosticCodes.BrokenReference, "f3"),
                (DiagnosticCodes.BrokenReference, "b1"),
                (DiagnosticCodes.BrokenReference, "b2"),
                (DiagnosticCodes.InvalidDefaultFlow, "t"),
            ],
            Codes(result));
        Assert.Contains("different process or sub-process", Find(result, "f3").MessageEn, StringComparison.Ordinal);
        Assert.Contains("not an activity", Find(result, "b1").MessageEn, StringComparison.Ordinal);
        Assert.Contains("Msg_Unknown", Find(result, "m1").MessageEn, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(BpmnSnippets.FirstBodyLine + 1, 2), Find(result, "f1").Location);
    }

    [Fact]
    public void Duplicate_ids_are_reported_at_the_second_occurrence_and_the_first_wins()
    {
        var result = Parse("""
            <bpmn:startEvent id="s" />
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="t" />
            <bpmn:userTask id="t" name="first" />
            <bpmn:userTask id="t" name="second" />
            <bpmn:sequenceFlow id="f2" sourceRef="t" targetRef="e" />
            <bpmn:endEvent id="e" />
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateId, diagnostic.Code);
        Assert.Equal("t", diagnostic.ElementId);
        Assert.Equal(BpmnSnippets.FirstBodyLine + 3, diagnostic.Location!.Value.Line);
        Assert.Equal("first", result.Definitions!.MainProcess!.Node("t").Name);
    }

    [Fact]
    public void Missing_required_attributes_are_reported()
    {
        var result = Parse("""
            <bpmn:userTask name="no id" />
            <bpmn:callActivity id="call" />
            <bpmn:scriptTask id="script" scriptFormat="javascript" />
            <bpmn:serviceTask id="svc" camunda:type="external" />
            <bpmn:sequenceFlow id="f" sourceRef="call" />
            <bpmn:intermediateCatchEvent id="timer"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="bare" />
            """);

        Assert.Equal(
            [
                (DiagnosticCodes.MissingAttribute, null),
                (DiagnosticCodes.MissingAttribute, "call"),
                (DiagnosticCodes.MissingAttribute, "script"),
                (DiagnosticCodes.MissingAttribute, "svc"),
                (DiagnosticCodes.MissingAttribute, "timer"),
                (DiagnosticCodes.MissingEventDefinition, "bare"),
                (DiagnosticCodes.MissingAttribute, "f"),
            ],
            Codes(result));
        Assert.Contains("calledElement", Find(result, "call").MessageEn, StringComparison.Ordinal);
        Assert.Contains("camunda:topic", Find(result, "svc").MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_attribute_values_are_reported()
    {
        var result = Parse("""
            <bpmn:userTask id="t" pw:dueInWorkingDays="five" />
            <bpmn:serviceTask id="svc" camunda:type="connector" camunda:topic="x" />
            <bpmn:task id="loop"><bpmn:standardLoopCharacteristics loopMaximum="-1" /></bpmn:task>
            <bpmn:task id="mi"><bpmn:multiInstanceLoopCharacteristics isSequential="yes" /></bpmn:task>
            <bpmn:boundaryEvent id="b" attachedToRef="t" cancelActivity="false"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>
            <bpmn:intermediateCatchEvent id="w"><bpmn:timerEventDefinition pw:workingDays="maybe"><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="two"><bpmn:timerEventDefinition><bpmn:timeDate>2025-01-01</bpmn:timeDate><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            """);

        Assert.Equal(["b", "loop", "mi", "svc", "t", "two", "w"], result.Diagnostics.Select(d => d.ElementId).Order());
        Assert.All(result.Diagnostics, d => Assert.Equal(DiagnosticCodes.BadAttributeValue, d.Code));
        Assert.Contains("pw:dueInWorkingDays", Find(result, "t").MessageEn, StringComparison.Ordinal);
        Assert.Contains("pw:dueInWorkingDays", Find(result, "t").MessageVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_ref_resolves_to_the_message_name_and_needs_one()
    {
        var result = Parse(
            """<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="M1" /></bpmn:startEvent>""",
            """<bpmn:message id="M1" />""");
        Assert.Equal([(DiagnosticCodes.MissingAttribute, "M1")], Codes(result));
    }

    [Fact]
    public void Error_end_event_needs_an_error_code()
    {
        var result = Parse(
            """
            <bpmn:endEvent id="e1"><bpmn:errorEventDefinition /></bpmn:endEvent>
            <bpmn:endEvent id="e2"><bpmn:errorEventDefinition errorRef="E" /></bpmn:endEvent>
            """,
            """<bpmn:error id="E" name="no code" />""");
        Assert.Equal([(DiagnosticCodes.MissingAttribute, "e1"), (DiagnosticCodes.MissingAttribute, "E")], Codes(result));
    }

    [Fact]
    public void Incoming_and_outgoing_come_from_sequence_flows_not_child_elements()
    {
        var result = Parse("""
            <bpmn:startEvent id="s"><bpmn:outgoing>stale</bpmn:outgoing></bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e" />
            <bpmn:endEvent id="e" />
            """);

        Assert.Empty(result.Diagnostics);
        var process = result.Definitions!.MainProcess!;
        Assert.Equal(["f1"], process.Node("s").Outgoing);
        Assert.Equal(["f1"], process.Node("e").Incoming);
    }

    private static ParseResult Parse(string processBody, string definitionsBody = "") =>
        BpmnParser.Parse(BpmnSnippets.Process(processBody, definitionsBody));

    private static List<(string Code, string? ElementId)> Codes(ParseResult result) =>
        result.Diagnostics.Select(d => (d.Code, d.ElementId)).ToList();

    private static Diagnostic Find(ParseResult result, string elementId) =>
        Assert.Single(result.Diagnostics, d => d.ElementId == elementId);
}
