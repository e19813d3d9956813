namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A message shown in the inbox of an organisation's body (or of every seat on it when the body is null).</summary>
public sealed class NotificationRecord
{
    public Guid Id { get; set; }

    /// <summary>reminder, overdue (<see cref="NotificationKinds"/>).</summary>
    public required string Kind { get; set; }

    public Guid? OrganisationId { get; set; }
    public string? CommitteeBody { get; set; }
    public Guid InstanceId { get; set; }
    public Guid? TaskId { get; set; }

    /// <summary>User-visible text, in Vietnamese.</summary>
    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
