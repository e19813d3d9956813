namespace PartyWorkflows.Web.Features.Incidents;

public sealed record OpenIncident(
    Guid IncidentId, Guid InstanceId, string ProcessId, string? BusinessKey, string ElementId, string Kind, string Message, DateTimeOffset CreatedAt);

public sealed record RetryIncidentResponse(Guid IncidentId, Guid InstanceId, string InstanceStatus, bool Resolved);
