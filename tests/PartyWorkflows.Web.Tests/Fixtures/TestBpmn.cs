namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>BPMN files for the scenarios; process ids are unique per call so tests sharing a database stay apart.</summary>
public static class TestBpmn
{
    public static string UniqueId(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    /// <summary>The cell secretary reviews, then the grassroots committee approves.</summary>
    public static string Approval(string processId) => Definitions(processId, """
        <startEvent id="start" />
        <userTask id="review" name="Chi bộ xem xét" pw:committeeLevel="cell" pw:committeeBody="secretary" camunda:formKey="cell-review" pw:dueInWorkingDays="5" />
        <userTask id="approve" name="Đảng ủy cơ sở phê duyệt" pw:committeeLevel="grassroots" pw:committeeBody="committee" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <sequenceFlow id="f2" sourceRef="review" targetRef="approve" />
        <sequenceFlow id="f3" sourceRef="approve" targetRef="end" />
        """);

    /// <summary>The cell reviews unless a "newViolation" message for the case arrives first (interrupting boundary).</summary>
    public static string InterruptedByMessage(string processId) => Definitions(processId, """
        <startEvent id="start" />
        <userTask id="review" name="Chi bộ xem xét" pw:committeeLevel="cell" pw:committeeBody="secretary" />
        <boundaryEvent id="violation" attachedToRef="review"><messageEventDefinition messageRef="newViolationMessage" /></boundaryEvent>
        <endEvent id="end" />
        <endEvent id="interrupted" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="review" />
        <sequenceFlow id="f2" sourceRef="review" targetRef="end" />
        <sequenceFlow id="f3" sourceRef="violation" targetRef="interrupted" />
        """, """<message id="newViolationMessage" name="newViolation" />""");

    /// <summary>A complex gateway, which the engine does not support: an error naming "vote".</summary>
    public static string Unsupported(string processId) => Definitions(processId, """
        <startEvent id="start" />
        <complexGateway id="vote" />
        <endEvent id="end" />
        <sequenceFlow id="f1" sourceRef="start" targetRef="vote" />
        <sequenceFlow id="f2" sourceRef="vote" targetRef="end" />
        """);

    /// <summary>A document type declaration: refused before anything is parsed (no entity expansion).</summary>
    public static string WithDtd(string processId) => $"""
        <?xml version="1.0"?>
        <!DOCTYPE definitions [<!ENTITY boom "boom">]>
        {Definitions(processId, "<startEvent id=\"start\" />").Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")}
        """;

    private static string Definitions(string processId, string body, string rootElements = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     xmlns:pw="http://partyworkflows.vn/schema/1.0/bpmn"
                     id="defs_{processId}" targetNamespace="http://partyworkflows.vn/test">
          <process id="{processId}" name="Quy trình thử" isExecutable="true">
        {body}
          </process>
          {rootElements}
        </definitions>
        """;
}
