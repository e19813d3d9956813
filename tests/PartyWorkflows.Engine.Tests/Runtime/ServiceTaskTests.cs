using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.Effects;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Engine.Runtime.State;
using static PartyWorkflows.Engine.Tests.Runtime.Bpmn;

namespace PartyWorkflows.Engine.Tests.Runtime;

public sealed class ServiceTaskTests
{
    private sealed class ScriptedHandler(string name, Func<ServiceTaskContext, ServiceTaskResult> run) : IServiceTaskHandler
    {
        public int Calls { get; private set; }
        public string Name => name;

        public ServiceTaskResult Execute(ServiceTaskContext context)
        {
            Calls++;
            return run(context);
        }
    }

    private static string Process(string retryCycle = "") => $"""
        <startEvent id="start" />
        <serviceTask id="allocate" camunda:type="external" camunda:topic="allocate-card-number">
          {(retryCycle.Length == 0 ? "" : $"<extensionElements><camunda:failedJobRetryTimeCycle>{retryCycle}</camunda:failedJobRetryTimeCycle></extensionElements>")}
        </serviceTask>
        <boundaryEvent id="noQuota" attachedToRef="allocate"><errorEventDefinition errorRef="e_rejected" /></boundaryEvent>
        """ + Task("print") + Task("explain") + """<endEvent id="end" /><endEvent id="end2" />"""
        + Flow("f1", "start", "allocate") + Flow("f2", "allocate", "print") + Flow("f3", "noQuota", "explain")
        + Flow("f4", "print", "end") + Flow("f5", "explain", "end2");

    [Fact]
    public void The_named_handler_runs_with_the_variables_and_sets_its_results()
    {
        var handler = new ScriptedHandler("allocate-card-number", ctx => new ServiceTaskResult(new Dictionary<string, JsonElement>
        {
            ["cardNumber"] = JsonSerializer.SerializeToElement($"{ctx.Variables["province"].GetString()}.000010"),
        }));
        var engine = new EngineFixture(handler);
        engine.Deploy(Process());

        var instance = engine.Host.Start("p", Vars.Of(("province", "30")), businessKey: "member-1");

        Assert.Equal("30.000010", instance.Variables["cardNumber"].GetString());
        Assert.Equal("print", Assert.Single(instance.Tasks).ElementId);
    }

    [Fact]
    public void A_business_error_from_the_handler_is_caught_by_the_boundary_error_event()
    {
        var engine = new EngineFixture(new ScriptedHandler("allocate-card-number", _ => throw new BpmnErrorException("REJECTED")));
        engine.Deploy(Process());

        Assert.Equal("explain", Assert.Single(engine.Host.Start("p").Tasks).ElementId);
    }

    [Fact]
    public void A_failing_handler_is_retried_on_its_cycle_then_becomes_an_incident_and_an_admin_retry_runs_it_again()
    {
        var failing = true;
        var handler = new ScriptedHandler("allocate-card-number", _ => failing ? throw new TimeoutException("Máy in không phản hồi") : ServiceTaskResult.Empty);
        var engine = new EngineFixture(handler);
        engine.Deploy(Process("R3/PT1M"));

        var instance = engine.Host.Start("p");
        var retry = Assert.Single(instance.Timers);
        Assert.Equal((TimerPurpose.Retry, EngineFixture.Monday.AddMinutes(1)), (retry.Purpose, retry.DueAt));

        for (var minute = 0; minute < 3; minute++)
        {
            engine.Time.Advance(TimeSpan.FromMinutes(1));
            engine.Host.FireDueTimers();
        }

        instance = engine.Host.Instance(instance.Id);
        Assert.Equal(4, handler.Calls); // the first attempt and three retries
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentKinds.Handler, incident.Kind);
        Assert.Contains("Máy in không phản hồi", incident.Message);
        Assert.Empty(instance.Timers);

        failing = false;
        instance = engine.Host.Execute(instance.Id, new RetryIncident(incident.Id));
        Assert.Equal(5, handler.Calls);
        Assert.Equal("print", Assert.Single(instance.Tasks).ElementId);
        Assert.Contains(engine.Host.Effects, e => e is IncidentResolved);
    }

    [Fact]
    public void A_list_of_waits_backs_off_between_retries()
    {
        var handler = new ScriptedHandler("allocate-card-number", _ => throw new TimeoutException("Máy in không phản hồi"));
        var engine = new EngineFixture(handler);
        engine.Deploy(Process("PT1M,PT5M"));
        var instance = engine.Host.Start("p");
        Assert.Equal(EngineFixture.Monday.AddMinutes(1), Assert.Single(instance.Timers).DueAt);

        engine.Time.Advance(TimeSpan.FromMinutes(1));
        engine.Host.FireDueTimers();
        Assert.Equal(EngineFixture.Monday.AddMinutes(6), Assert.Single(engine.Host.Instance(instance.Id).Timers).DueAt);

        engine.Time.Advance(TimeSpan.FromMinutes(5));
        engine.Host.FireDueTimers();
        instance = engine.Host.Instance(instance.Id);
        Assert.Equal(3, handler.Calls);
        Assert.Equal(IncidentKinds.Handler, Assert.Single(instance.Incidents).Kind);
    }

    [Fact]
    public void A_failing_handler_without_a_retry_cycle_is_an_incident_at_once()
    {
        var engine = new EngineFixture(new ScriptedHandler("allocate-card-number", _ => throw new InvalidOperationException("boom")));
        engine.Deploy(Process());

        var instance = engine.Host.Start("p");

        Assert.Equal(IncidentKinds.Handler, Assert.Single(instance.Incidents).Kind);
        Assert.Empty(instance.Tasks);
    }
}
