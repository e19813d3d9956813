namespace PartyWorkflows.Infrastructure.Messaging.Contracts;

public sealed record TaskCompleted(
    Guid TaskId,
    Guid InstanceId,
    string ProcessId,
    string ElementId,
    Guid? OrganisationId,
    string? Body,
    string? CompletedBy,
    DateTimeOffset CompletedAt) : IIntegrationEvent
{
    public static string Type => "task-completed";
}
