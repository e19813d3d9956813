namespace PartyWorkflows.Web.Features.Attachments;

/// <summary>A file type the store accepts: its content type and the extension a download is given.</summary>
public sealed record FileKind(string ContentType, string Extension);

/// <summary>
/// Tells a file's type from its first bytes, never from the client's Content-Type or name: a renamed executable must
/// not be stored as a photo and later served to another committee.
/// </summary>
public static class FileKinds
{
    private static readonly (byte[] Magic, FileKind Kind)[] Signatures =
    [
        ([0xFF, 0xD8, 0xFF], new FileKind("image/jpeg", ".jpg")),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], new FileKind("image/png", ".png")),
        ("%PDF-"u8.ToArray(), new FileKind("application/pdf", ".pdf")),
    ];

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public const string Accepted = "JPEG, PNG, PDF, DOCX, XLSX";

    /// <param name="extension">The uploaded name's extension; only used to tell DOCX from XLSX, which are both zips.</param>
    public static FileKind? Sniff(ReadOnlySpan<byte> content, string extension)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (content.StartsWith(magic))
            {
                return kind;
            }
        }

        if (!content.StartsWith(ZipMagic))
        {
            return null;
        }

        // An Office document is a zip holding word/… or xl/… parts; a plain zip is refused.
        return extension.ToLowerInvariant() switch
        {
            ".docx" when Contains(content, "word/"u8) =>
                new FileKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            ".xlsx" when Contains(content, "xl/"u8) =>
                new FileKind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            _ => null,
        };
    }

    private static bool Contains(ReadOnlySpan<byte> content, ReadOnlySpan<byte> part) => content.IndexOf(part) >= 0;
}
