namespace PartyWorkflows.Engine.Runtime.Handlers;

/// <summary>
/// Code behind a service task, found by <see cref="Name"/> (camunda:topic). Registered in DI by Scrutor scanning.
/// Throw <see cref="BpmnErrorException"/> for a business error a boundary error event can catch; any other
/// exception is a technical failure that is retried (camunda:failedJobRetryTimeCycle) and then becomes an incident.
/// </summary>
public interface IServiceTaskHandler
{
    string Name { get; }

    ServiceTaskResult Execute(ServiceTaskContext context);
}
