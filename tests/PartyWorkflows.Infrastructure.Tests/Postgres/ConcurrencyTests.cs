using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Infrastructure.Workflows;
using PartyWorkflows.Infrastructure.Workflows.Commands;

namespace PartyWorkflows.Infrastructure.Tests.Postgres;

public sealed class ConcurrencyTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly WorkflowHarness _harness = new(database);

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Two_nodes_completing_the_same_task_at_once_make_exactly_one_completion()
    {
        var tree = await OrganisationTree.SeedAsync(_harness);
        var processId = Bpmn.UniqueId("card");
        await _harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var started = await _harness.Processor(p => p.StartAsync(processId, tree.Cell));
        var taskId = started.State.Tasks.Single().Id;

        using var first = _harness.NewScope();
        using var second = _harness.NewScope();
        var processors = new[] { first, second }.Select(s => s.ServiceProvider.GetRequiredService<WorkflowCommandProcessor>()).ToArray();
        using var barrier = new Barrier(2);
        var attempts = processors.Select((processor, node) => Task.Run(async () =>
        {
            barrier.SignalAndWait();
            try
            {
                await processor.ExecuteAsync(started.State.Id, new CompleteTask(taskId) { Actor = $"node-{node}" });
                return "ok";
            }
            catch (ConcurrencyConflictException)
            {
                return "conflict";
            }
            catch (WorkflowCommandException e) when (e.Rejection == CommandRejection.NotFound)
            {
                return "not-found";
            }
        })).ToArray();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o == "ok");
        Assert.Single(outcomes, o => o is "conflict" or "not-found");
        var task = await _harness.Db(db => db.Tasks.SingleAsync(t => t.Id == taskId));
        Assert.Equal(TaskStatuses.Completed, task.Status);
        Assert.Equal(1, await _harness.Db(db => db.AuditLog.CountAsync(a => a.TaskId == taskId && a.Action == AuditActions.TaskCompleted)));
        Assert.Equal(2L, await _harness.Db(db => db.Instances.Where(i => i.Id == started.State.Id).Select(i => i.RowVersion).SingleAsync()));
        Assert.Equal(1, await _harness.Db(db => db.Tasks.CountAsync(t => t.InstanceId == started.State.Id && t.ElementId == "approve")));
    }

    [Fact]
    public async Task A_stale_row_version_throws_a_conflict_and_writes_nothing()
    {
        var tree = await OrganisationTree.SeedAsync(_harness);
        var processId = Bpmn.UniqueId("card");
        await _harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var started = await _harness.Processor(p => p.StartAsync(processId, tree.Cell));

        using var scope = _harness.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<Persistence.WorkflowDbContext>();
        var row = await db.Instances.SingleAsync(i => i.Id == started.State.Id);
        await _harness.Processor(p => p.ExecuteAsync(started.State.Id, new CompleteTask(started.State.Tasks.Single().Id)));
        var before = await DatabaseSnapshot.TakeAsync(_harness);

        row.BusinessKey = "stale write";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(_harness));
    }
}
