namespace PartyWorkflows.Infrastructure.Messaging.Contracts;

public sealed record InstanceCompleted(Guid InstanceId, string ProcessId, string? BusinessKey, DateTimeOffset EndedAt) : IIntegrationEvent
{
    public static string Type => "instance-completed";
}
