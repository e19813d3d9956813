using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Infrastructure.Cards;

public static class CardServiceCollectionExtensions
{
    /// <summary>
    /// The allocate-card-number service task of card-issuance.bpmn on the durable, gap-free allocator, numbering with
    /// <paramref name="scheme"/> (default: Hướng dẫn 12-HD/BTCTW's NN.NNNNNN).
    /// </summary>
    public static IServiceCollection AddCardNumbers(this IServiceCollection services, CardNumberScheme? scheme = null)
    {
        services.AddSingleton<ICardNumberSource, CommandCardNumberSource>();
        services.AddSingleton<IServiceTaskHandler>(sp =>
            new AllocateCardNumberHandler(sp.GetRequiredService<ICardNumberSource>(), scheme ?? CardNumberScheme.Guidance12));
        return services;
    }
}
