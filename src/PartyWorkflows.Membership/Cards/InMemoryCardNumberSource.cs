namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// Card numbers kept in memory, one counter per (province, scheme): for the engine scenario tests and the embedded
/// tools. Lost on restart, so the service must use the database allocator instead.
/// </summary>
public sealed class InMemoryCardNumberSource : ICardNumberSource
{
    private readonly Dictionary<(string Province, string Scheme), long> _next = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<string> Allocate(string provinceCode, CardNumberScheme scheme, IReadOnlyList<string> memberKeys, Guid instanceId)
    {
        lock (_gate)
        {
            var first = _next.GetValueOrDefault((provinceCode, scheme.Name), 1);
            var numbers = CardNumberBlock.Numbers(scheme, provinceCode, first, memberKeys.Count);
            _next[(provinceCode, scheme.Name)] = first + memberKeys.Count;
            return numbers;
        }
    }
}
