using System.Security.Cryptography;
using System.Text;

namespace PartyWorkflows.Infrastructure.Duties;

/// <summary>
/// A name-based (version 5, RFC 9562) id: the instance a duty opens for a business key always has the same id, so a
/// repeated or concurrent run is skipped by the bulk starter instead of opening a second instance.
/// </summary>
public static class NameBasedId
{
    private static readonly Guid Namespace = Guid.Parse("6f1c3c52-58a4-4c3e-9a7e-6b0f1f3c8d21");

    public static Guid For(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
