using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Infrastructure.Messaging.Contracts;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Scheduling;
using PartyWorkflows.Infrastructure.Tests.Fixtures;

namespace PartyWorkflows.Infrastructure.Tests.Scenarios;

/// <summary>Timers and the overdue check, on every provider: the sweeps, the Hangfire jobs, the processor's hook.</summary>
public abstract class SchedulingScenarios(ITestDatabase database) : IDisposable
{
    /// <summary>Writes as the service would while Hangfire is not running: no scheduler, only rows.</summary>
    private WorkflowHarness Harness { get; } = new(database);

    public void Dispose() => Harness.Dispose();

    [Fact]
    public async Task A_timer_that_fell_due_while_the_service_was_stopped_fires_on_the_next_sweep_and_firing_again_changes_nothing()
    {
        var (instanceId, timerId) = await StartWaitingAsync();
        Harness.Time.Advance(TimeSpan.FromHours(3));
        await using var host = new ServiceHost(database, Harness.Time, s => s.AddWorkflowScheduling(new SchedulingOptions()));

        var fired = await host.With<DueTimerSweepJob, int>(job => job.RunAsync(CancellationToken.None));

        Assert.Equal(1, fired);
        Assert.Equal(0, await Harness.Db(db => db.Timers.CountAsync(t => t.InstanceId == instanceId)));
        Assert.Equal(1, await Harness.Db(db => db.Tasks.CountAsync(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open)));

        var before = await DatabaseSnapshot.TakeAsync(Harness);
        Assert.Equal(0, await host.With<DueTimerSweepJob, int>(job => job.RunAsync(CancellationToken.None)));
        await host.With<FireTimerJob, bool>(async job => { await job.RunAsync(instanceId, timerId, CancellationToken.None); return true; });
        await Harness.Processor(p => p.ExecuteAsync(instanceId, new FireTimer(timerId)));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Harness));
    }

    [Fact]
    public async Task A_timer_not_yet_due_is_left_alone_by_the_sweep_and_by_its_job()
    {
        var (instanceId, timerId) = await StartWaitingAsync();
        Harness.Time.Advance(TimeSpan.FromMinutes(59));
        await using var host = new ServiceHost(database, Harness.Time, s => s.AddWorkflowScheduling(new SchedulingOptions()));

        Assert.Equal(0, await host.With<DueTimerSweepJob, int>(job => job.RunAsync(CancellationToken.None)));
        Assert.False(await host.With<DueTimerFirer, bool>(firer => firer.FireAsync(instanceId, timerId, CancellationToken.None)));
        Assert.Equal(1, await Harness.Db(db => db.Timers.CountAsync(t => t.Id == timerId)));
    }

    [Fact]
    public async Task On_in_memory_storage_pending_timers_are_scheduled_again_at_startup_and_fire()
    {
        var (instanceId, _) = await StartWaitingAsync();
        Harness.Time.Advance(TimeSpan.FromHours(3));

        // The sweep only once a year, so only the re-scheduled delayed job can fire the timer here.
        var options = new SchedulingOptions { DueTimerSweepCron = "0 0 1 1 *", SchedulePollingInterval = TimeSpan.FromSeconds(1) };
        await using var host = new ServiceHost(database, Harness.Time, s => s.AddWorkflowScheduling(options));
        await host.StartAsync();

        await Eventually.HoldsAsync(
            () => Harness.Db(db => db.Tasks.AnyAsync(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open)),
            "the re-scheduled timer job fired and the review opened");
        Assert.Equal(0, await Harness.Db(db => db.Timers.CountAsync(t => t.InstanceId == instanceId)));
    }

    [Fact]
    public async Task The_processor_hands_scheduled_and_cancelled_timers_to_the_scheduler_after_commit()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("remind");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewWithReminder(processId), "admin"));
        var scheduler = Substitute.For<ITimerScheduler>();
        await using var host = new ServiceHost(database, Harness.Time, s => s.AddSingleton(scheduler));

        var started = await host.Processor(p => p.StartAsync(processId, tree.Cell));
        var timer = Assert.Single(started.State.Timers);
        scheduler.Received(1).Scheduled(started.State.Id, timer.Id, timer.DueAt);

        var task = Assert.Single(started.State.Tasks);
        await host.Processor(p => p.ExecuteAsync(started.State.Id, new CompleteTask(task.Id) { Actor = tree.CellSecretary }));
        scheduler.Received(1).Cancelled(started.State.Id, timer.Id);
    }

    [Fact]
    public async Task The_overdue_sweep_publishes_task_overdue_once_per_task()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("card");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var started = await Harness.Processor(p => p.StartAsync(processId, tree.Cell));
        await using var host = new ServiceHost(database, Harness.Time, s => s.AddWorkflowScheduling(new SchedulingOptions()));

        // Due after 5 working days (Monday 9 March ends it); on Monday it is not overdue yet, ten days on it is.
        Assert.Equal(0, await host.With<OverdueTaskSweepJob, int>(job => job.RunAsync(CancellationToken.None)));
        Harness.Time.Advance(TimeSpan.FromDays(10));
        var first = await host.With<OverdueTaskSweepJob, int>(job => job.RunAsync(CancellationToken.None));
        var second = await host.With<OverdueTaskSweepJob, int>(job => job.RunAsync(CancellationToken.None));

        Assert.Equal((1, 0), (first, second));
        var overdue = (await DatabaseSnapshot.OutboxOfAsync(Harness, started.State.Id)).Where(o => o.Type == TaskOverdue.Type).ToList();
        var task = Assert.Single(started.State.Tasks);
        Assert.Contains(task.Id.ToString(), Assert.Single(overdue).Payload, StringComparison.Ordinal);
        Assert.Equal(Harness.Time.GetUtcNow(), await Harness.Db(db => db.Tasks.Where(t => t.Id == task.Id).Select(t => t.OverdueNotifiedAt).SingleAsync()));
    }

    private async Task<(Guid InstanceId, Guid TimerId)> StartWaitingAsync()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("wait");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.WaitThenReview(processId), "admin"));
        var started = await Harness.Processor(p => p.StartAsync(processId, tree.Cell));
        return (started.State.Id, Assert.Single(started.State.Timers).Id);
    }
}
