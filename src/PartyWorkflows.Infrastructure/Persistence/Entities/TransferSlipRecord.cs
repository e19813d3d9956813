namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// A transfer notice slip (phiếu báo chuyển sinh hoạt đảng chính thức) on record at the receiving committee, and whether
/// the member's dossier has arrived (seed 003_8ecac7def258469f.txt §1.3).
/// </summary>
public sealed class TransferSlipRecord
{
    public Guid Id { get; set; }
    public required string SlipNumber { get; set; }
    public required string MemberKey { get; set; }

    /// <summary>The sending organisation; it may be in another province, so not a key into the tree.</summary>
    public Guid FromOrganisationId { get; set; }

    /// <summary>The receiving organisation, whose committee checks the slip every quarter.</summary>
    public Guid ToOrganisationId { get; set; }

    public DateOnly IssuedOn { get; set; }
    public DateOnly? DossierReceivedOn { get; set; }

    /// <summary>The overdue-transfer instance opened for the slip; it runs under the slip's own id.</summary>
    public Guid? OverdueCheckInstanceId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
