namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// The kept report of one reconciliation of a member list with the dossiers (seed 000_29c5dfa480f916c0.txt §III.2, seed
/// 003_8ecac7def258469f.txt §1.1): the counts, the itemised discrepancies, the task that reviews it and the sign-off.
/// </summary>
public sealed class ReconciliationReportRecord
{
    public Guid Id { get; set; }

    /// <summary>The cell (six-monthly) or grassroots organisation (yearly) reconciled.</summary>
    public Guid OrganisationId { get; set; }

    /// <summary>"2026-H1" or "2026" (ReconciliationPeriod.Key).</summary>
    public required string Period { get; set; }

    /// <summary>A ReconciliationScope value.</summary>
    public required string Scope { get; set; }

    public int ListedCount { get; set; }
    public int DossierCount { get; set; }

    /// <summary>JSON array of the itemised discrepancies.</summary>
    public required string Discrepancies { get; set; }

    /// <summary>The member-reconciliation instance, chosen when the report is written so a retried run starts that one.</summary>
    public Guid InstanceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public string? SignedOffBy { get; set; }
    public DateTimeOffset? SignedOffAt { get; set; }
}
