using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Infrastructure.Cards;

/// <summary>
/// The durable card-number source of the allocate-card-number service task: allocates in the running command's
/// transaction, so the numbers and the instance's move commit together (a rolled-back command leaves no gap).
/// </summary>
internal sealed class CommandCardNumberSource(TimeProvider time) : ICardNumberSource
{
    public IReadOnlyList<string> Allocate(string provinceCode, CardNumberScheme scheme, IReadOnlyList<string> memberKeys, Guid instanceId)
    {
        var db = ActiveCommand.Db
            ?? throw new InvalidOperationException("Card numbers are allocated only inside a workflow command's transaction.");

        // Handlers are synchronous; there is no synchronization context in the host to deadlock on.
        return new CardNumberAllocator(db, time).AllocateAsync(provinceCode, scheme, memberKeys, instanceId).GetAwaiter().GetResult();
    }
}
