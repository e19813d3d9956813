namespace PartyWorkflows.Infrastructure.Messaging.Contracts;

/// <summary>An open user task passed its due time; published once per task by the overdue sweep.</summary>
public sealed record TaskOverdue(
    Guid TaskId,
    Guid InstanceId,
    string ProcessId,
    string ElementId,
    string Name,
    string? BusinessKey,
    Guid? OrganisationId,
    string? Body,
    DateTimeOffset DueAt,
    DateTimeOffset DetectedAt) : IIntegrationEvent
{
    public static string Type => "task-overdue";
}
