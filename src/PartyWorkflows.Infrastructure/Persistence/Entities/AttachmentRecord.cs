namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// A file a committee attached to its step of a case (photos of a damaged card, a self-criticism — seed 000 §V.3). The
/// bytes live in the database, so a dossier and its files are backed up and restored together.
/// </summary>
public sealed class AttachmentRecord
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public Guid TaskId { get; set; }
    public required string ElementId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content: lets an inspector show a copy is the one filed.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }
    public required string UploadedBy { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}
