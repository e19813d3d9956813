namespace PartyWorkflows.Web.Features.Attachments;

/// <summary>A stored file: what the approval form cites in its `attachments` variable.</summary>
public sealed record AttachmentUploaded(Guid AttachmentId, string FileName, string ContentType, long Size, string Sha256);

/// <summary>One file of a case, as the case view lists it (without its content).</summary>
public sealed record AttachmentSummary(
    Guid AttachmentId, Guid TaskId, string ElementId, string FileName, string ContentType, long Size, string Sha256,
    string UploadedBy, string? UploadedByName, DateTimeOffset UploadedAt);
