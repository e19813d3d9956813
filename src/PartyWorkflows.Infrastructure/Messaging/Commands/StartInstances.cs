using System.Text.Json;

namespace PartyWorkflows.Infrastructure.Messaging.Commands;

/// <summary>
/// A batch of instances to start, sent on the bus so any node can take it: bulk starts (the annual grading of
/// every member of a province) spread over the nodes. Instance ids are chosen by the sender so a redelivered
/// batch starts nothing twice.
/// </summary>
public sealed record StartInstances(Guid BatchId, string ProcessId, string RequestedBy, IReadOnlyList<StartItem> Items);

public sealed record StartItem(Guid InstanceId, Guid SubjectOrganisationId, string? BusinessKey, IReadOnlyDictionary<string, JsonElement>? Variables);
