namespace PartyWorkflows.Documents.Layout;

/// <summary>
/// The header block of a Party document (Hướng dẫn 12-HD/BTCTW appendix layout): on the left the committee above the
/// issuer and the issuer itself, a star and the document number; on the right "ĐẢNG CỘNG SẢN VIỆT NAM" and the place
/// and date line.
/// </summary>
/// <param name="SuperiorName">The committee the issuer belongs to (first line on the left), when it has one.</param>
/// <param name="IssuerName">The issuing committee or department, e.g. "Đảng ủy Trường THPT Phúc Lợi".</param>
/// <param name="Place">Place of the date line; null leaves dots to fill in by hand.</param>
/// <param name="Date">Date of the document.</param>
/// <param name="DocumentNumber">E.g. "Số 12-QĐ/ĐU"; null for lists, which carry none.</param>
public sealed record FormHeader(string? SuperiorName, string IssuerName, string? Place, DateOnly Date, string? DocumentNumber = null)
{
    public const string PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /// <summary>The left column, in capitals.</summary>
    public IReadOnlyList<string> IssuerLines =>
        [.. new[] { SuperiorName, IssuerName }.OfType<string>().Select(VietnameseText.Upper), "*", .. DocumentNumber is null ? Array.Empty<string>() : [DocumentNumber]];

    /// <summary>"Phúc Lợi, ngày 20 tháng 3 năm 2026".</summary>
    public string DateLine => $"{Place ?? "........"}, {VietnameseText.LongDate(Date)}";
}
