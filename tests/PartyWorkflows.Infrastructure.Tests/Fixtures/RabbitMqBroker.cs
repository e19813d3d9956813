namespace PartyWorkflows.Infrastructure.Tests.Fixtures;

/// <summary>The real RabbitMQ named by PARTYWORKFLOWS_TEST_RABBITMQ (an amqp:// URI). A missing broker is a failure, never a skip.</summary>
public static class RabbitMqBroker
{
    public const string Variable = "PARTYWORKFLOWS_TEST_RABBITMQ";

    public static Uri Uri => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
        ? new Uri(value)
        : throw new InvalidOperationException(
            $"{Variable} is not set: these tests need a real RabbitMQ (amqp://user:password@127.0.0.1:PORT/). scripts/services.sh starts one.");

    /// <summary>The same broker reached through <paramref name="proxy"/>.</summary>
    public static Uri Through(LoopbackTcpProxy proxy) => new UriBuilder(Uri) { Host = "127.0.0.1", Port = proxy.Port }.Uri;
}
