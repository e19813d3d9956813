using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Infrastructure.Workflows.Definitions;

/// <summary>A deployed version with its parsed process; immutable, so it is cached for the life of the process.</summary>
public sealed record DeployedDefinition(
    string ProcessId,
    int Version,
    string? Name,
    string ContentHash,
    string DeployedBy,
    DateTimeOffset DeployedAt,
    ProcessDefinition Process);
