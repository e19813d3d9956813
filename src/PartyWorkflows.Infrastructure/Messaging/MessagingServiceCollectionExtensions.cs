using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace PartyWorkflows.Infrastructure.Messaging;

public static class MessagingServiceCollectionExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ (<see cref="MessagingOptions.RabbitMqUri"/>) or in memory, with every consumer of this
    /// assembly on its own kebab-case queue, exponential message retry, and the <see cref="OutboxRelay"/>.
    /// MassTransit registers its bus health check ("masstransit-bus", tags "ready" and "masstransit") with the host's
    /// AddHealthChecks; <paramref name="configure"/> adds consumers or endpoint settings of the host (or a test).
    /// Call after <c>AddWorkflowPersistence</c> and <c>AddWorkflowRuntime</c>.
    /// </summary>
    public static IServiceCollection AddWorkflowMessaging(
        this IServiceCollection services,
        MessagingOptions options,
        Action<IBusRegistrationConfigurator>? configure = null)
    {
        services.AddSingleton(options);
        services.AddSingleton<IntegrationEventTypes>();
        services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(options.EndpointPrefix, includeNamespace: false));
            bus.AddConsumers(typeof(MessagingServiceCollectionExtensions).Assembly);
            configure?.Invoke(bus);
            if (options.RabbitMqUri is { } uri)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    rabbit.Host(uri, host =>
                    {
                        // MassTransit's default, stated because the relay depends on it: Publish returns only once
                        // the broker has confirmed, so a row is never marked published that the broker did not take.
                        host.PublisherConfirmation = true;
                    });
                    rabbit.UseMessageRetry(retry => Exponential(retry, options));
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) =>
                {
                    memory.UseMessageRetry(retry => Exponential(retry, options));
                    memory.ConfigureEndpoints(context);
                });
            }
        });

        // The relay starts only once the bus has started and its queues are bound: an event published to an exchange
        // nobody is bound to yet would be confirmed by the broker and still reach no consumer.
        services.AddOptions<MassTransitHostOptions>().Configure(host => host.WaitUntilStarted = true);
        services.AddHostedService<OutboxRelay>();
        return services;
    }

    private static void Exponential(IRetryConfigurator retry, MessagingOptions options) =>
        retry.Exponential(options.RetryLimit, options.RetryMinInterval, options.RetryMaxInterval, options.RetryMinInterval);
}
