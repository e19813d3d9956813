namespace PartyWorkflows.Infrastructure.Messaging;

/// <summary>How <see cref="MessagingServiceCollectionExtensions.AddWorkflowMessaging"/> sets up MassTransit; bindable from configuration.</summary>
public sealed class MessagingOptions
{
    /// <summary>RabbitMQ broker, such as amqp://guest:guest@127.0.0.1:5672/; null uses the in-memory transport (one process only).</summary>
    public Uri? RabbitMqUri { get; set; }

    /// <summary>Prefix of the queue names, so several deployments (or test runs) can share one broker.</summary>
    public string? EndpointPrefix { get; set; }

    /// <summary>Outbox rows one relay pass publishes at most.</summary>
    public int OutboxBatchSize { get; set; } = 100;

    /// <summary>Wait between relay passes when the outbox is empty.</summary>
    public TimeSpan OutboxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between relay passes while the broker keeps failing (the wait doubles from the poll interval).</summary>
    public TimeSpan OutboxMaxBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long one publish may wait for the broker's confirm before the pass counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Redeliveries of a failing message to a consumer, with exponential backoff, before it goes to the error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromMinutes(2);
}
