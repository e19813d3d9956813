namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// A member's dossier (hồ sơ đảng viên) and the committee holding it. Keyed by the member's business key, not a foreign
/// key: a dossier may arrive before, or outlive, the member's row on a list — that is what reconciliation finds.
/// </summary>
public sealed class DossierRecord
{
    public Guid Id { get; set; }
    public required string MemberKey { get; set; }

    /// <summary>The committee keeping it: the grassroots committee, or the superior one (seed 000_29c5dfa480f916c0.txt §III.2).</summary>
    public Guid HeldByOrganisationId { get; set; }

    /// <summary>A DossierStatus value.</summary>
    public required string Status { get; set; }

    /// <summary>When the member handed the sealed dossier in at a transfer.</summary>
    public DateOnly? SubmittedOn { get; set; }

    /// <summary>When the holding committee received and checked it.</summary>
    public DateOnly? ReceivedOn { get; set; }
}
