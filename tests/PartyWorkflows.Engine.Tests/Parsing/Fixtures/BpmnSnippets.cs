namespace PartyWorkflows.Engine.Tests.Parsing.Fixtures;

/// <summary>Wraps a few lines of process content in a complete definitions document, so negative tests stay short.</summary>
internal static class BpmnSnippets
{
    /// <summary>Line of the document on which the first line of a process body lands.</summary>
    public const int FirstBodyLine = 8;

    /// <param name="processBody">Content of the single process <c>p</c>.</param>
    /// <param name="definitionsBody">Definitions-level content placed before the process (messages, errors).</param>
    public static string Process(string processBody, string definitionsBody = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          xmlns:pw="http://partyworkflows.vn/schema/1.0/bpmn"
                          id="Defs" targetNamespace="http://partyworkflows.vn/test">
        {definitionsBody}
        <bpmn:process id="p" isExecutable="true">
        {processBody}
        </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>A start event wired to an end event: the smallest valid process.</summary>
    public const string StartToEnd = """
        <bpmn:startEvent id="s" />
        <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="e" />
        <bpmn:endEvent id="e" />
        """;
}
