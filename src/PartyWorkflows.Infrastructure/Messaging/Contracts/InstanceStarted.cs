namespace PartyWorkflows.Infrastructure.Messaging.Contracts;

public sealed record InstanceStarted(
    Guid InstanceId,
    string ProcessId,
    int DefinitionVersion,
    string? BusinessKey,
    Guid SubjectOrganisationId,
    Guid? ParentInstanceId) : IIntegrationEvent
{
    public static string Type => "instance-started";
}
