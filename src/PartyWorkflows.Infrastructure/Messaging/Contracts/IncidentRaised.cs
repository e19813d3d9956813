namespace PartyWorkflows.Infrastructure.Messaging.Contracts;

public sealed record IncidentRaised(
    Guid IncidentId,
    Guid InstanceId,
    string ProcessId,
    string ElementId,
    string Kind,
    string Message) : IIntegrationEvent
{
    public static string Type => "incident-raised";
}
