namespace PartyWorkflows.Infrastructure.Messaging.Contracts;

/// <summary>The instance ended on an uncaught error; <paramref name="Reason"/> is its error code.</summary>
public sealed record InstanceFailed(Guid InstanceId, string ProcessId, string? BusinessKey, string? Reason, DateTimeOffset EndedAt) : IIntegrationEvent
{
    public static string Type => "instance-failed";
}
