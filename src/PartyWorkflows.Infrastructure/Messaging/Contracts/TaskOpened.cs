namespace PartyWorkflows.Infrastructure.Messaging.Contracts;

/// <summary>A user task opened in the inbox of <paramref name="OrganisationId"/>'s <paramref name="Body"/>.</summary>
public sealed record TaskOpened(
    Guid TaskId,
    Guid InstanceId,
    string ProcessId,
    string ElementId,
    string Name,
    string? BusinessKey,
    Guid? OrganisationId,
    string? Body,
    DateTimeOffset? DueAt) : IIntegrationEvent
{
    public static string Type => "task-opened";
}
