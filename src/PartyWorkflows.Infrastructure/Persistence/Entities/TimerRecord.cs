namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A pending timer of an instance, for the due-timer scan.</summary>
public sealed class TimerRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ElementId { get; set; }
    public required string Purpose { get; set; }
    public DateTimeOffset DueAt { get; set; }
}
