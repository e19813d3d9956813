using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Infrastructure.Workflows.Commands;

/// <summary>The indexed rows of an instance's timers and message subscriptions, as both write paths store them.</summary>
internal static class WaitStateRows
{
    public static TimerRecord Timer(InstanceState state, TimerState timer) => new()
    {
        Id = timer.Id,
        InstanceId = state.Id,
        ElementId = timer.ElementId,
        Purpose = StoredNames.Of(timer.Purpose),
        DueAt = timer.DueAt,
    };

    public static SubscriptionRecord Subscription(InstanceState state, SubscriptionState subscription) => new()
    {
        Id = subscription.Id,
        InstanceId = state.Id,
        ElementId = subscription.ElementId,
        MessageName = subscription.MessageName,
        BusinessKey = state.BusinessKey,
    };
}
