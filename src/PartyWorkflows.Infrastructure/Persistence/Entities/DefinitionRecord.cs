namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>One deployed version of a process: immutable once written.</summary>
public sealed class DefinitionRecord
{
    public Guid Id { get; set; }
    public required string ProcessId { get; set; }

    /// <summary>1, 2, 3… per process.</summary>
    public int Version { get; set; }

    public string? Name { get; set; }
    public required string BpmnXml { get; set; }

    /// <summary>SHA-256 of the XML (lower-case hex): redeploying identical content makes no new version.</summary>
    public required string ContentHash { get; set; }

    public required string DeployedBy { get; set; }
    public DateTimeOffset DeployedAt { get; set; }
}
