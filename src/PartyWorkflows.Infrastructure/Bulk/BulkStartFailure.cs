namespace PartyWorkflows.Infrastructure.Bulk;

/// <summary>An item of a batch that could not be started, with the engine's reason.</summary>
public sealed record BulkStartFailure(Guid InstanceId, string Reason);
