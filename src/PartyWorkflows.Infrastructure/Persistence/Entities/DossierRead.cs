namespace PartyWorkflows.Infrastructure.Persistence.Entities;

/// <summary>
/// One opening of an instance's dossier (its variables, timeline and tasks): member dossiers are confidential, so
/// every read is recorded with who, when and why.
/// </summary>
public sealed class DossierRead
{
    public long Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
    public Guid InstanceId { get; set; }
    public string? BusinessKey { get; set; }

    /// <summary>The reason the reader gave (the purpose query parameter); null when none was given.</summary>
    public string? Purpose { get; set; }
}
