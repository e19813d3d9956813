namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// The designer's unpublished work on a process: one per process id, shared by the administrators, because a
/// publication makes the one next version and per-user drafts would silently diverge from it.
/// </summary>
public sealed class DefinitionDraftRecord
{
    public required string ProcessId { get; set; }
    public required string BpmnXml { get; set; }
    public required string SavedBy { get; set; }
    public DateTimeOffset SavedAt { get; set; }
}
