namespace PartyWorkflows.Web.Features.Attachments;

/// <summary>
/// The name a file is stored and served under: no directories, no control or path characters, bounded length, and the
/// extension of its sniffed type, so the name never claims a type the content is not.
/// </summary>
public static class AttachmentFileName
{
    private const int MaxStemLength = 120;

    /// <summary>Characters Windows refuses in names, plus ';' which would break a Content-Disposition header.</summary>
    private const string Unsafe = "<>:\"/\\|?*;";

    public static string Sanitise(string? uploaded, FileKind kind)
    {
        var name = Path.GetFileName((uploaded ?? string.Empty).Replace('\\', '/'));
        var stem = new string(Path.GetFileNameWithoutExtension(name)
            .Select(c => char.IsControl(c) || Unsafe.Contains(c) ? '_' : c).ToArray()).Trim(' ', '.');
        if (stem.Length > MaxStemLength)
        {
            stem = stem[..MaxStemLength];
        }

        return (stem.Length == 0 ? "tai-lieu" : stem) + kind.Extension;
    }
}
