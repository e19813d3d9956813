namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>A message an instance waits for, found by message name and business key when a message arrives.</summary>
public sealed class SubscriptionRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public required string ElementId { get; set; }
    public required string MessageName { get; set; }
    public string? BusinessKey { get; set; }
}
