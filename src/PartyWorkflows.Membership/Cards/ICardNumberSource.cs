namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// Allocates the next contiguous block of a province's card numbers to the members of one list, in list order
/// (seed 000 §V.1). Must never leave a gap or give a number twice, whatever runs concurrently.
/// </summary>
public interface ICardNumberSource
{
    IReadOnlyList<string> Allocate(string provinceCode, CardNumberScheme scheme, IReadOnlyList<string> memberKeys, Guid instanceId);
}
