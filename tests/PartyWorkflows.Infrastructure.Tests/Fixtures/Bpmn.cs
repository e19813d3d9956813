namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>Small BPMN files for the scenarios; process ids are unique per call so tests sharing a database stay apart.</summary>
public static class Bpmn
{
    public static string UniqueId(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    /// <summary>The cell secretary reviews (due in 5 working days), then the grassroots committee approves.</summary>
    public static string Approval(string processId, string reviewName = "Chi bộ xem xét") => Definitions(processId, $"""
        <startEvent id="start" />
        <userTask id="review" name="{reviewName}" pw:committeeLevel="cell" pw:committeeBody="secretary" camunda:formKey="cell-review" pw:dueInWorkingDays="5" />
        <userTask id="approve" name="Đảng ủy cơ sở phê duyệt" pw:committeeLevel="grassroots" pw:committeeBody="committee" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <sequenceFlow id="f2" sourceRef="review" targetRef="approve" />
        <sequenceFlow id="f3" sourceRef="approve" targetRef="end" />
        """);

    /// <summary>Only the cell secretary's review.</summary>
    public static string ReviewOnly(string processId) => Definitions(processId, """
        <startEvent id="start" />
        <userTask id="review" name="Chi bộ xem xét" pw:committeeLevel="cell" pw:committeeBody="secretary" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <sequenceFlow id="f2" sourceRef="review" targetRef="end" />
        """);

    /// <summary>Waits one hour on an intermediate timer, then the cell secretary reviews.</summary>
    /// <summary>The cell named by the variable toOrganisationId receives, whatever the case's subject (pw:committeeOf).</summary>
    public static string ReceivedElsewhere(string processId) => Definitions(processId, """
        <startEvent id="start" />
        <userTask id="receive" name="Chi bộ nơi chuyển đến tiếp nhận" pw:committeeLevel="cell" pw:committeeBody="secretary" pw:committeeOf="${toOrganisationId}" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="receive" />
        <sequenceFlow id="f2" sourceRef="receive" targetRef="end" />
        """);

    public static string WaitThenReview(string processId) => Definitions(processId, """
        <startEvent id="start" />
        <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
        <userTask id="review" name="Chi bộ xem xét" pw:committeeLevel="cell" pw:committeeBody="secretary" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
        <sequenceFlow id="f2" sourceRef="wait" targetRef="review" />
        <sequenceFlow id="f3" sourceRef="review" targetRef="end" />
        """);

    /// <summary>The cell secretary reviews within 5 working days, reminded after 3 by a non-interrupting boundary timer.</summary>
    public static string ReviewWithReminder(string processId) => Definitions(processId, """
        <startEvent id="start" />
        <userTask id="review" name="Chi bộ xem xét hồ sơ" pw:committeeLevel="cell" pw:committeeBody="secretary" pw:dueInWorkingDays="5" />
        <boundaryEvent id="remind" attachedToRef="review" cancelActivity="false">
          <timerEventDefinition pw:workingDays="true"><timeDuration>P3D</timeDuration></timerEventDefinition>
        </boundaryEvent>
        <endEvent id="end" />
        <endEvent id="reminded" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <sequenceFlow id="f2" sourceRef="review" targetRef="end" />
        <sequenceFlow id="f3" sourceRef="remind" targetRef="reminded" />
        """);

    /// <summary>Calls <paramref name="calledProcessId"/> passing every variable, then the grassroots committee approves.</summary>
    public static string Caller(string processId, string calledProcessId) => Definitions(processId, $"""
        <startEvent id="start" />
        <callActivity id="call" calledElement="{calledProcessId}">
          <extensionElements><camunda:in variables="all" /><camunda:out variables="all" /></extensionElements>
        </callActivity>
        <userTask id="approve" name="Đảng ủy cơ sở phê duyệt" pw:committeeLevel="grassroots" pw:committeeBody="committee" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="call" />
        <sequenceFlow id="f2" sourceRef="call" targetRef="approve" />
        <sequenceFlow id="f3" sourceRef="approve" targetRef="end" />
        """);

    /// <summary>A user task without a committee level: an error diagnostic.</summary>
    public static string Invalid(string processId) => Definitions(processId, """
        <startEvent id="start" />
        <userTask id="review" name="no level" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <sequenceFlow id="f2" sourceRef="review" targetRef="end" />
        """);

    private static string Definitions(string processId, string body) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     xmlns:pw="http://partyworkflows.vn/schema/1.0/bpmn"
                     id="defs_{processId}" targetNamespace="http://partyworkflows.vn/test">
          <process id="{processId}" name="Quy trình thử" isExecutable="true">
        {body}
          </process>
        </definitions>
        """;
}
