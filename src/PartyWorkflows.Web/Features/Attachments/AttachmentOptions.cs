namespace PartyWorkflows.Web.Features.Attachments;

/// <summary>Configuration under PartyWorkflows:Attachments.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "PartyWorkflows:Attachments";

    /// <summary>Largest file accepted; a phone photo or a scanned self-criticism fits well within 10 MB.</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}
