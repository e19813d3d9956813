namespace PartyWorkflows.Engine.Runtime;

/// <summary>
/// Ids of an instance's tasks, timers, subscriptions and called instances, derived from the instance id and a
/// counter, so replaying the same commands gives the same ids (the runtime takes no randomness).
/// </summary>
internal static class DeterministicId
{
    public static Guid For(Guid instanceId, int number)
    {
        Span<byte> bytes = stackalloc byte[16];
        instanceId.TryWriteBytes(bytes);
        // The tail of a v4/v7 guid is random, so mixing the counter in there keeps ids unique across instances.
        var tail = BitConverter.ToUInt32(bytes[12..]) ^ (uint)number;
        BitConverter.TryWriteBytes(bytes[12..], tail);
        bytes[11] ^= 0x5A;
        return new Guid(bytes);
    }
}
