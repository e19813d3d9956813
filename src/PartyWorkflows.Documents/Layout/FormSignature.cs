namespace PartyWorkflows.Documents.Layout;

/// <summary>
/// A signature block: "T/M ĐẢNG ỦY" / "BÍ THƯ", room for the signature and seal, then the signer's name (left blank
/// when the workflow does not know it, to be written by hand).
/// </summary>
/// <param name="OnBehalfOf">"T/M ĐẢNG ỦY", "T/M BAN THƯỜNG VỤ", "BÊN GIAO"…; null when the signer signs in person.</param>
/// <param name="Position">"BÍ THƯ", "TRƯỞNG BAN"…</param>
public sealed record FormSignature(string? OnBehalfOf, string Position, string? SignerName = null)
{
    public IReadOnlyList<string> Lines => [.. new[] { OnBehalfOf, Position }.OfType<string>()];
}
