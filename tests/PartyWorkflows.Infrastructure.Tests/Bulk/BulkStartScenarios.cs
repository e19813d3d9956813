using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Infrastructure.Bulk;
using PartyWorkflows.Infrastructure.Messaging.Commands;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Workflows;
using PartyWorkflows.Infrastructure.Tests.Fixtures;

namespace PartyWorkflows.Infrastructure.Tests.Bulk;

/// <summary>Bulk starts on every provider: the same rows as one by one, idempotent on redelivery, through the bus.</summary>
public abstract class BulkStartScenarios(ITestDatabase database) : IDisposable
{
    private WorkflowHarness Harness { get; } = new(database);

    public void Dispose() => Harness.Dispose();

    [Fact]
    public async Task A_bulk_start_writes_the_rows_of_starting_each_instance_one_by_one()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("grading");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var items = Enumerable.Range(0, 3)
            .Select(i => new StartItem(Guid.NewGuid(), i == 2 ? Guid.NewGuid() : tree.Cell, $"member-{i}", Vars.Of(("memberName", $"Đảng viên {i}"))))
            .ToList();

        var bulk = await Start(processId, items);
        var oneByOne = new List<Guid>();
        foreach (var item in items)
        {
            var started = await Harness.Processor(p => p.StartAsync(processId, item.SubjectOrganisationId, item.Variables, item.BusinessKey, "admin"));
            oneByOne.Add(started.State.Id);
        }

        Assert.Equal((3, 0), (bulk.Started, bulk.AlreadyStarted));
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal(await RowsOfAsync(oneByOne[i]), await RowsOfAsync(items[i].InstanceId));
        }

        // The third subject is unknown: both paths leave the task unassigned with the same audit trace.
        Assert.Contains(await RowsOfAsync(items[2].InstanceId), row => row.StartsWith("audit task-unassigned", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_redelivered_batch_starts_nothing_twice()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("grading");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var items = Enumerable.Range(0, 5).Select(i => new StartItem(Guid.NewGuid(), tree.Cell, $"member-{i}", null)).ToList();

        var first = await Start(processId, items);
        var before = await DatabaseSnapshot.TakeAsync(Harness);
        var again = await Start(processId, items);

        Assert.Equal((5, 0), (first.Started, first.AlreadyStarted));
        Assert.Equal((0, 5), (again.Started, again.AlreadyStarted));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Harness));
        Assert.Equal(5, (await Harness.Inbox(tree.CellSecretary)).Total);
    }

    [Fact]
    public async Task A_start_that_calls_another_process_goes_through_the_command_processor()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var calledId = Bpmn.UniqueId("review");
        var callerId = Bpmn.UniqueId("caller");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewOnly(calledId), "admin"));
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Caller(callerId, calledId), "admin"));
        var item = new StartItem(Guid.NewGuid(), tree.Cell, "member-1", null);

        var result = await Start(callerId, [item]);
        var again = await Start(callerId, [item]);

        Assert.Equal((0, 0), (result.Started, result.AlreadyStarted));
        Assert.Equal([item.InstanceId], result.StartedOneByOne);
        Assert.Equal(1, again.AlreadyStarted);
        Assert.Equal(1, await Harness.Db(db => db.Instances.CountAsync(i => i.ProcessId == calledId)));
        Assert.Single((await Harness.Inbox(tree.CellSecretary)).Items);
    }

    [Fact]
    public async Task The_consumer_starts_a_batch_sent_on_the_bus_once_however_often_it_arrives()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("grading");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewOnly(processId), "admin"));
        var command = new StartInstances(Guid.NewGuid(), processId, "admin",
            Enumerable.Range(0, 4).Select(i => new StartItem(Guid.NewGuid(), tree.Cell, $"member-{i}", null)).ToList());
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Harness.Time)
            .AddWorkflowPersistence(database.Provider, database.ConnectionString)
            .AddWorkflowRuntime()
            .AddMassTransitTestHarness(bus => bus.AddConsumer<StartInstancesConsumer>())
            .BuildServiceProvider(validateScopes: true);
        var harness = services.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(command);
        await harness.Bus.Publish(command);

        var consumer = harness.GetConsumerHarness<StartInstancesConsumer>();
        await harness.InactivityTask;
        Assert.Equal(2, consumer.Consumed.Select<StartInstances>().Count());
        Assert.False(await harness.Published.Any<Fault<StartInstances>>());
        Assert.Equal(4, await Harness.Db(db => db.Instances.CountAsync(i => i.ProcessId == processId)));
        Assert.Equal(4, (await Harness.Inbox(tree.CellSecretary)).Total);
    }

    private Task<BulkStartResult> Start(string processId, IReadOnlyList<StartItem> items) =>
        Harness.With<BulkInstanceStarter, BulkStartResult>(starter => starter.StartAsync(processId, items, "admin"));

    /// <summary>Every row written for an instance, with its own ids (instance, task, outbox, audit) replaced by placeholders.</summary>
    private Task<List<string>> RowsOfAsync(Guid instanceId) => Harness.Db(async db =>
    {
        var instance = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == instanceId);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId).OrderBy(t => t.ElementId).ToListAsync();
        var names = tasks.Select((t, n) => (t.Id.ToString(), $"<task{n}>")).Prepend((instanceId.ToString(), "<instance>")).ToList();
        string Plain(string? text) => names.Aggregate(text ?? "", (s, id) => s.Replace(id.Item1, id.Item2, StringComparison.OrdinalIgnoreCase));

        var rows = new List<string>
        {
            Plain($"instance {instance.ProcessId} {instance.DefinitionVersion} {instance.BusinessKey} {instance.SubjectOrganisationId} " +
                $"{instance.Status} {instance.RowVersion} {instance.StartedAt:O} {instance.EndedAt:O} {instance.State}"),
        };
        rows.AddRange(tasks.Select(t => Plain($"task {t.Id} {t.ElementId} {t.Name} {t.ProcessId} {t.BusinessKey} {t.OrganisationId} " +
            $"{t.CommitteeLevel} {t.CommitteeBody} {t.FormKey} {t.Status} {t.CreatedAt:O} {t.DueAt:O} {t.LocalVariables}")));
        rows.AddRange((await db.Timers.AsNoTracking().Where(t => t.InstanceId == instanceId).ToListAsync())
            .Select(t => Plain($"timer {t.Id} {t.ElementId} {t.Purpose} {t.DueAt:O}")));
        rows.AddRange((await db.Subscriptions.AsNoTracking().Where(s => s.InstanceId == instanceId).ToListAsync())
            .Select(s => Plain($"subscription {s.Id} {s.ElementId} {s.MessageName} {s.BusinessKey}")));
        rows.AddRange((await db.Incidents.AsNoTracking().Where(i => i.InstanceId == instanceId).ToListAsync())
            .Select(i => Plain($"incident {i.Id} {i.ElementId} {i.Kind} {i.Message} {i.CreatedAt:O}")));
        rows.AddRange((await db.AuditLog.AsNoTracking().Where(a => a.InstanceId == instanceId).OrderBy(a => a.Id).ToListAsync())
            .Select(a => Plain($"audit {a.Action} {a.At:O} {a.TaskId} {a.Actor} {a.OrganisationId} {a.CommitteeBody} {a.ElementId} {a.Data}")));
        var outbox = await db.Outbox.AsNoTracking().ToListAsync();
        rows.AddRange(outbox.Where(o => o.Payload.Contains(instanceId.ToString(), StringComparison.OrdinalIgnoreCase))
            .Select(o => Plain($"outbox {o.Type} {o.OccurredAt:O} {o.PublishedAt:O} {o.Attempts} {o.Payload}")));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    });
}
