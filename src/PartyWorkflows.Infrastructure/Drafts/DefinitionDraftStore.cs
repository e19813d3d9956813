using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Drafts;

/// <summary>Reads and writes <c>definition_drafts</c> (one per process id, last save wins) and audits each change.</summary>
public sealed class DefinitionDraftStore(WorkflowDbContext db, TimeProvider time)
{
    public Task<DefinitionDraftRecord?> GetAsync(string processId, CancellationToken cancellationToken) =>
        db.DefinitionDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.ProcessId == processId, cancellationToken);

    /// <summary>Stores <paramref name="bpmnXml"/> as the draft of <paramref name="processId"/>, replacing any earlier one.</summary>
    public async Task<DefinitionDraftRecord> SaveAsync(string processId, string bpmnXml, string actor, CancellationToken cancellationToken)
    {
        var draft = await db.DefinitionDrafts.FindAsync([processId], cancellationToken);
        if (draft is null)
        {
            draft = new DefinitionDraftRecord { ProcessId = processId, BpmnXml = bpmnXml, SavedBy = actor };
            db.DefinitionDrafts.Add(draft);
        }

        draft.BpmnXml = bpmnXml;
        draft.SavedBy = actor;
        draft.SavedAt = time.GetUtcNow();
        Audit("definition-draft-saved", actor, processId);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <returns>False when the process had no draft.</returns>
    public async Task<bool> DeleteAsync(string processId, string actor, CancellationToken cancellationToken)
    {
        var draft = await db.DefinitionDrafts.FindAsync([processId], cancellationToken);
        if (draft is null)
        {
            return false;
        }

        db.DefinitionDrafts.Remove(draft);
        Audit("definition-draft-deleted", actor, processId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void Audit(string action, string actor, string processId) => db.AuditLog.Add(new AuditRecord
    {
        At = time.GetUtcNow(),
        Actor = actor,
        Action = action,
        Data = JsonSerializer.Serialize(new { processId }, JsonSerializerOptions.Web),
    });
}
