using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Infrastructure.Bulk;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Membership.Members;
using PartyWorkflows.Membership.Workflows;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// Keeps a report per organisation and period, then opens its member-reconciliation instance. The reports are written
/// first (binary COPY on PostgreSQL), naming the instance it will have (an id derived from the business key); then every report of the period
/// whose instance does not exist yet is started. A re-run finds the reports (no new ones, unique per organisation and
/// period) and their instances (nothing to start); a run cut short after the reports starts their instances next time.
/// </summary>
public sealed class ReconciliationOpener(WorkflowDbContext db, ReconciliationFindings findings, DutyStarts starts, PeriodicDutyOptions options)
{
    public const string ProcessId = "member-reconciliation";

    public static string BusinessKey(Guid organisationId, string period) => $"{ProcessId}/{organisationId}/{period}";

    /// <returns>How many instances the run opened.</returns>
    public async Task<int> OpenAsync(string dutyId, ReconciliationPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var scope = StoredNames.Of(period.Scope);
        foreach (var batch in (await findings.FindAsync(period, cancellationToken)).Chunk(options.BatchSize))
        {
            await BulkInsert.WriteAsync(db, batch.Select(unit => new ReconciliationReportRecord
            {
                Id = Guid.CreateVersion7(),
                OrganisationId = unit.OrganisationId,
                Period = period.Key,
                Scope = scope,
                ListedCount = unit.ListedCount,
                DossierCount = unit.DossierCount,
                Discrepancies = JsonSerializer.Serialize(unit.Discrepancies, WorkflowVariables.Options),
                InstanceId = NameBasedId.For(BusinessKey(unit.OrganisationId, period.Key)),
                CreatedAt = now,
            }).ToList(), cancellationToken);
        }

        var unopened = await db.ReconciliationReports.AsNoTracking()
            .Where(r => r.Period == period.Key && r.Scope == scope && !db.Instances.Any(i => i.Id == r.InstanceId))
            .ToListAsync(cancellationToken);
        var items = unopened.Select(r => new StartItem(r.InstanceId, r.OrganisationId, BusinessKey(r.OrganisationId, r.Period),
            DutyStarts.Variables(
                ("scope", period.Scope),
                ("period", r.Period),
                ("listedCount", r.ListedCount),
                ("dossierCount", r.DossierCount),
                ("discrepancies", JsonDocument.Parse(r.Discrepancies).RootElement))));
        return await starts.StartAsync(ProcessId, dutyId, items, started: null, cancellationToken);
    }
}
