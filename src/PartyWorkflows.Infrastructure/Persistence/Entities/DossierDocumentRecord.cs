namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>One document of a dossier (lý lịch, phiếu đảng viên, quyết định kết nạp…), flagged when found damaged.</summary>
public sealed class DossierDocumentRecord
{
    public long Id { get; set; }
    public Guid DossierId { get; set; }
    public required string Kind { get; set; }
    public bool Damaged { get; set; }
}
