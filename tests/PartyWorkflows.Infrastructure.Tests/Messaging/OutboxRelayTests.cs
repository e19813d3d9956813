using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Scheduling;
using PartyWorkflows.Infrastructure.Tests.Fixtures;

namespace PartyWorkflows.Infrastructure.Tests.Messaging;

/// <summary>The outbox relay and the consumers on real PostgreSQL and a real RabbitMQ.</summary>
public sealed class OutboxRelayTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private WorkflowHarness Harness { get; } = new(database);

    public void Dispose() => Harness.Dispose();

    [Fact]
    public async Task The_relay_publishes_every_event_exactly_once_to_a_rabbitmq_consumer()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var rows = await StartInstancesAsync(tree, 20);
        await using var host = MessagingHost(RabbitMqBroker.Uri);
        await host.StartAsync();

        await AllDeliveredAsync(host, rows);
        await Task.Delay(TimeSpan.FromSeconds(2)); // time for a duplicate to show up, were there one
        var received = host.Services.GetRequiredService<ReceivedMessages>();
        Assert.All(rows, id => Assert.Equal(1, received.CountOf(id)));
    }

    [Fact]
    public async Task With_the_broker_unreachable_events_stay_in_the_outbox_and_all_arrive_once_when_it_is_back()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var broker = RabbitMqBroker.Uri;
        using var proxy = new LoopbackTcpProxy(broker.Host, broker.Port);
        proxy.Start();
        await using var host = MessagingHost(RabbitMqBroker.Through(proxy));
        await host.StartAsync();
        var before = await StartInstancesAsync(tree, 3);
        await AllDeliveredAsync(host, before);

        proxy.Stop();
        var during = await StartInstancesAsync(tree, 5);
        await Eventually.HoldsAsync(
            () => Harness.Db(db => db.Outbox.AnyAsync(o => during.Contains(o.Id) && o.Attempts > 0)),
            "the relay tried and failed while the broker was away");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(during.Count, await Harness.Db(db => db.Outbox.CountAsync(o => during.Contains(o.Id) && o.PublishedAt == null)));

        proxy.Start();
        await AllDeliveredAsync(host, during, seconds: 90);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var received = host.Services.GetRequiredService<ReceivedMessages>();
        Assert.All(before.Concat(during), id => Assert.Equal(1, received.CountOf(id)));
    }

    [Fact]
    public async Task A_reminder_timer_becomes_a_vietnamese_notification_for_the_acting_body()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("remind");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewWithReminder(processId), "admin"));
        var started = await Harness.Processor(p => p.StartAsync(processId, tree.Cell));
        var task = Assert.Single(started.State.Tasks);

        // Reminded after 3 working days (Thursday 5 March ends them); on Friday the sweep fires it.
        Harness.Time.Advance(TimeSpan.FromDays(4));
        await using var host = MessagingHost(RabbitMqBroker.Uri, s => s.AddWorkflowScheduling(new SchedulingOptions()));
        Assert.Equal(1, await host.With<DueTimerSweepJob, int>(job => job.RunAsync(CancellationToken.None)));
        await host.StartAsync();

        await Eventually.HoldsAsync(() => Harness.Db(db => db.Notifications.AnyAsync(n => n.TaskId == task.Id)), "the reminder notification");
        var notification = await Harness.Db(db => db.Notifications.SingleAsync(n => n.TaskId == task.Id));
        Assert.Equal(
            (NotificationKinds.Reminder, tree.Cell, "secretary", "Nhắc hạn: Chi bộ xem xét hồ sơ (hạn cuối 09/03/2026)"),
            (notification.Kind, notification.OrganisationId, notification.CommitteeBody, notification.Text));
    }

    /// <summary>Starts review-only instances; returns the ids of the outbox rows they wrote (instance-started, task-opened).</summary>
    private async Task<List<Guid>> StartInstancesAsync(OrganisationTree tree, int count)
    {
        var processId = Bpmn.UniqueId("review");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewOnly(processId), "admin"));
        var rows = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var started = await Harness.Processor(p => p.StartAsync(processId, tree.Cell));
            rows.AddRange((await Harness.Db(db => db.Outbox.AsNoTracking().ToListAsync()))
                .Where(o => o.Payload.Contains(started.State.Id.ToString(), StringComparison.Ordinal))
                .Select(o => o.Id));
        }

        Assert.Equal(2 * count, rows.Count);
        return rows;
    }

    private async Task AllDeliveredAsync(ServiceHost host, List<Guid> rows, int seconds = 90)
    {
        var received = host.Services.GetRequiredService<ReceivedMessages>();
        await Eventually.HoldsAsync(async () =>
                rows.All(id => received.CountOf(id) > 0)
                && await Harness.Db(db => db.Outbox.CountAsync(o => rows.Contains(o.Id) && o.PublishedAt != null)) == rows.Count,
            "every row published and received", seconds);
    }

    /// <summary>
    /// Relay and bus on this class's database. Queues get a unique prefix (each test host sees every event once)
    /// and expire a minute after their host is gone, so the shared broker does not fill up.
    /// </summary>
    private ServiceHost MessagingHost(Uri broker, Action<IServiceCollection>? more = null)
    {
        var options = new MessagingOptions
        {
            RabbitMqUri = broker,
            EndpointPrefix = $"pwtest-{Guid.NewGuid():N}"[..15],
            OutboxPollInterval = TimeSpan.FromMilliseconds(100),
            OutboxMaxBackoff = TimeSpan.FromSeconds(1),
            PublishTimeout = TimeSpan.FromSeconds(2),
        };
        return new ServiceHost(database, Harness.Time, services =>
        {
            services.AddSingleton<ReceivedMessages>();
            services.AddWorkflowMessaging(options, bus =>
            {
                bus.AddConsumer<RecordingConsumer>();
                bus.AddConfigureEndpointsCallback((_, endpoint) =>
                {
                    if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                    {
                        rabbit.SetQueueArgument("x-expires", 60_000);
                    }
                });
            });
            more?.Invoke(services);
        });
    }
}
