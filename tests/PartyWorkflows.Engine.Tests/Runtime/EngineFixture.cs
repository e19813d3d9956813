using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using PartyWorkflows.Engine.Calendar;
using PartyWorkflows.Engine.Expressions;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.Hosting;

namespace PartyWorkflows.Engine.Tests.Runtime;

/// <summary>A real executor (Jint, the 2026 calendar) on a fake clock, with processes written as BPMN XML.</summary>
internal sealed class EngineFixture
{
    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    public EngineFixture(params IServiceTaskHandler[] handlers)
        : this(Monday, handlers)
    {
    }

    private EngineFixture(DateTimeOffset now, IServiceTaskHandler[] handlers)
    {
        Time = new FakeTimeProvider(now);
        Calendar = VietnameseWorkingDayCalendar.WithOfficialSchedules();
        Executor = new WorkflowExecutor(Time, new JintExpressionEvaluator(Time), Calendar, new ServiceTaskHandlerRegistry(handlers));
        Host = new InMemoryWorkflowHost(Executor, Time);
    }

    /// <summary>An engine whose clock starts at <paramref name="now"/> (the fake clock cannot go back).</summary>
    public static EngineFixture At(DateTimeOffset now) => new(now, []);

    public FakeTimeProvider Time { get; }
    public IWorkingDayCalendar Calendar { get; }
    public WorkflowExecutor Executor { get; }
    public InMemoryWorkflowHost Host { get; }

    public ProcessDefinition Deploy(string processBody, string id = "p")
    {
        var definition = Parse(processBody, id);
        Host.Deploy(definition);
        return definition;
    }

    public static ProcessDefinition Parse(string processBody, string id = "p")
    {
        var result = BpmnParser.Parse(Bpmn.Wrap(processBody, id));
        Assert.False(result.HasErrors, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Definitions!.Processes.Single(p => p.Id == id);
    }
}

internal static class Bpmn
{
    public static string Wrap(string processBody, string id = "p") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                     xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     xmlns:pw="http://partyworkflows.vn/schema/1.0/bpmn"
                     id="defs" targetNamespace="http://partyworkflows.vn/test">
          <message id="m_newViolation" name="newViolation" />
          <message id="m_withdrawn" name="withdrawn" />
          <message id="m_proceed" name="proceed" />
          <error id="e_rejected" errorCode="REJECTED" />
          <process id="{id}" isExecutable="true">
          {processBody}
          </process>
        </definitions>
        """;

    /// <summary>A user task acted on by the cell secretary.</summary>
    public static string Task(string id, string extra = "") =>
        $"""<userTask id="{id}" name="{id}" pw:committeeLevel="cell" pw:committeeBody="secretary" {extra} />""";

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"""<sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}" />"""
        : $"""<sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}"><conditionExpression xsi:type="tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</conditionExpression></sequenceFlow>""";
}

internal static class Vars
{
    public static Dictionary<string, JsonElement> Of(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value));
}
