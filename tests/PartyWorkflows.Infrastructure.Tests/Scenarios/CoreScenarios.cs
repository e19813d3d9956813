using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Inbox;
using PartyWorkflows.Infrastructure.Messaging;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using Contracts = PartyWorkflows.Infrastructure.Messaging.Contracts;

namespace PartyWorkflows.Infrastructure.Tests.Scenarios;

/// <summary>The scenarios every provider must pass, each against its own migrated database.</summary>
public abstract class CoreScenarios(ITestDatabase database) : IDisposable
{
    protected WorkflowHarness Harness { get; } = new(database);

    public void Dispose() => Harness.Dispose();

    [Fact]
    public async Task Deploying_numbers_versions_per_process_and_ignores_identical_content()
    {
        var processId = Bpmn.UniqueId("card");

        var first = await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var again = await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var changed = await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId, "Xem xét lại"), "admin"));

        Assert.Equal((1, true), (first.Definition!.Version, first.IsNewVersion));
        Assert.Equal((1, false), (again.Definition!.Version, again.IsNewVersion));
        Assert.Equal((2, true), (changed.Definition!.Version, changed.IsNewVersion));
        Assert.Equal(64, first.Definition.ContentHash.Length);
        Assert.Equal(2, (await Harness.Definitions(store => store.LatestAsync(processId)))!.Version);
        Assert.Equal("Chi bộ xem xét", (await Harness.Definitions(store => store.GetAsync(processId, 1)))!.Process.Node("review").Name);
        Assert.Equal(2, await Harness.Db(db => db.Definitions.CountAsync(d => d.ProcessId == processId)));
    }

    [Fact]
    public async Task An_invalid_file_returns_its_diagnostics_and_writes_nothing()
    {
        var processId = Bpmn.UniqueId("bad");

        var result = await Harness.Definitions(store => store.DeployAsync(Bpmn.Invalid(processId), "admin"));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.ElementId == "review");
        Assert.Equal(0, await Harness.Db(db => db.Definitions.CountAsync(d => d.ProcessId == processId)));
    }

    [Fact]
    public async Task An_instance_runs_from_start_to_completion_through_the_right_inboxes()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("card");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));

        var started = await Harness.Processor(p => p.StartAsync(processId, tree.Cell, Vars.Of(("memberName", "Nguyễn Văn A")), "member-42", "admin"));
        var instanceId = started.State.Id;

        var secretaryInbox = await Harness.Inbox(tree.CellSecretary);
        var review = Assert.Single(secretaryInbox.Items);
        Assert.Equal((1, "review", tree.Cell, "secretary", "cell-review"), (secretaryInbox.Total, review.ElementId, review.OrganisationId, review.CommitteeBody, review.FormKey));
        Assert.NotNull(review.DueAt);
        Assert.Empty((await Harness.Inbox(tree.GrassrootsMember)).Items);

        await Harness.Processor(p => p.ExecuteAsync(instanceId, new CompleteTask(review.TaskId, Vars.Of(("decision", "đồng ý"))) { Actor = tree.CellSecretary }));

        Assert.Empty((await Harness.Inbox(tree.CellSecretary)).Items);
        var approve = Assert.Single((await Harness.Inbox(tree.GrassrootsMember)).Items);
        Assert.Equal(("approve", tree.Grassroots), (approve.ElementId, approve.OrganisationId));

        var completed = await Harness.Processor(p => p.ExecuteAsync(instanceId, new CompleteTask(approve.TaskId) { Actor = tree.GrassrootsMember }));

        Assert.Equal(InstanceStatus.Completed, completed.State.Status);
        var row = await Harness.Db(db => db.Instances.SingleAsync(i => i.Id == instanceId));
        Assert.Equal(("completed", 3L, 1, "member-42"), (row.Status, row.RowVersion, row.DefinitionVersion, row.BusinessKey));
        Assert.NotNull(row.EndedAt);
        Assert.Equal(InstanceStatus.Completed, InstanceStateJson.Deserialize(row.State).Status);

        var tasks = await Harness.Db(db => db.Tasks.Where(t => t.InstanceId == instanceId).OrderBy(t => t.CreatedAt).ThenBy(t => t.ElementId).ToListAsync());
        Assert.All(tasks, t => Assert.Equal(TaskStatuses.Completed, t.Status));
        Assert.Equal([tree.CellSecretary, tree.GrassrootsMember], tasks.OrderByDescending(t => t.ElementId).Select(t => t.CompletedBy));

        Assert.Equal(
            [AuditActions.InstanceStarted, AuditActions.TaskCompleted, AuditActions.TaskCompleted, AuditActions.InstanceCompleted],
            await DatabaseSnapshot.AuditActionsAsync(Harness, instanceId));
        var reviewAudit = await Harness.Db(db => db.AuditLog.SingleAsync(a => a.TaskId == review.TaskId));
        Assert.Equal((tree.CellSecretary, tree.Cell, "secretary"), (reviewAudit.Actor, reviewAudit.OrganisationId, reviewAudit.CommitteeBody));
        Assert.Equal("đồng ý", JsonDocument.Parse(reviewAudit.Data!).RootElement.GetProperty("decision").GetString());

        var outbox = await DatabaseSnapshot.OutboxOfAsync(Harness, instanceId);
        Assert.Equal(
            ["instance-completed", "instance-started", "task-completed", "task-completed", "task-opened", "task-opened"],
            outbox.Select(o => o.Type).Order(StringComparer.Ordinal));
        var opened = JsonSerializer.Deserialize<Contracts.TaskOpened>(outbox.First(o => o.Type == "task-opened" && o.Payload.Contains(review.TaskId.ToString())).Payload, OutboxWriter.PayloadOptions)!;
        Assert.Equal((review.TaskId, tree.Cell, "secretary", processId), (opened.TaskId, opened.OrganisationId, opened.Body, opened.ProcessId));
    }

    [Fact]
    public async Task The_inbox_filters_pages_and_puts_overdue_tasks_first()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("card");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var early = await Harness.Processor(p => p.StartAsync(processId, tree.Cell, businessKey: "member-early"));
        Harness.Time.Advance(TimeSpan.FromDays(14));
        var late = await Harness.Processor(p => p.StartAsync(processId, tree.Cell, businessKey: "member-late"));

        var all = await Harness.Inbox(tree.CellSecretary);
        Assert.Equal(2, all.Total);
        Assert.Equal([early.State.Id, late.State.Id], all.Items.Select(i => i.InstanceId));
        Assert.Equal([true, false], all.Items.Select(i => i.IsOverdue));

        var second = await Harness.Inbox(tree.CellSecretary, new InboxFilter(Offset: 1, Limit: 1));
        Assert.Equal((2, late.State.Id), (second.Total, Assert.Single(second.Items).InstanceId));
        Assert.Equal(2, (await Harness.Inbox(tree.CellSecretary, new InboxFilter(Offset: 5))).Total);

        var searched = await Harness.Inbox(tree.CellSecretary, new InboxFilter(Search: "LATE"));
        Assert.Equal(late.State.Id, Assert.Single(searched.Items).InstanceId);
        Assert.Single((await Harness.Inbox(tree.CellSecretary, new InboxFilter(BusinessKey: "member-early"))).Items);
        Assert.Single((await Harness.Inbox(tree.CellSecretary, new InboxFilter(DueBefore: Harness.Time.GetUtcNow()))).Items);
        Assert.Equal(2, (await Harness.Inbox(tree.CellSecretary, new InboxFilter(ProcessId: processId, OrganisationId: tree.Cell))).Total);
        Assert.Empty((await Harness.Inbox(tree.CellSecretary, new InboxFilter(OrganisationId: tree.Grassroots))).Items);
    }

    [Fact]
    public async Task The_inbox_search_finds_the_member_named_in_the_case_variables()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("card");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var variables = new Dictionary<string, JsonElement> { ["memberName"] = JsonSerializer.SerializeToElement("Ngô Thị Kim Oanh") };
        var named = await Harness.Processor(p => p.StartAsync(processId, tree.Cell, variables, businessKey: "member-1"));
        await Harness.Processor(p => p.StartAsync(processId, tree.Cell, businessKey: "member-2"));

        var searched = await Harness.Inbox(tree.CellSecretary, new InboxFilter(ProcessId: processId, Search: "thị kim oanh"));

        Assert.Equal(named.State.Id, Assert.Single(searched.Items).InstanceId);
        Assert.Equal(1, searched.Total);
    }

    [Fact]
    public async Task A_running_instance_stays_on_its_version_when_a_new_one_is_deployed()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("card");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewOnly(processId), "admin"));
        var onFirst = await Harness.Processor(p => p.StartAsync(processId, tree.Cell));

        var second = await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var onSecond = await Harness.Processor(p => p.StartAsync(processId, tree.Cell));

        Assert.Equal(2, second.Definition!.Version);
        Assert.Equal((1, 2), (onFirst.State.DefinitionVersion, onSecond.State.DefinitionVersion));
        var firstDone = await Harness.Processor(p => p.ExecuteAsync(onFirst.State.Id, new CompleteTask(onFirst.State.Tasks.Single().Id)));
        var secondMoved = await Harness.Processor(p => p.ExecuteAsync(onSecond.State.Id, new CompleteTask(onSecond.State.Tasks.Single().Id)));

        Assert.Equal(InstanceStatus.Completed, firstDone.State.Status); // version 1 has no approval step
        Assert.Equal("approve", Assert.Single(secondMoved.State.Tasks).ElementId);
        Assert.Equal(1, await Harness.Db(db => db.Instances.Where(i => i.Id == onFirst.State.Id).Select(i => i.DefinitionVersion).SingleAsync()));
    }

    [Fact]
    public async Task A_call_activity_starts_the_called_process_and_resumes_the_caller_in_one_transaction()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var childId = Bpmn.UniqueId("child");
        var parentId = Bpmn.UniqueId("parent");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewOnly(childId), "admin"));
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Caller(parentId, childId), "admin"));

        var parent = await Harness.Processor(p => p.StartAsync(parentId, tree.Cell, Vars.Of(("memberName", "Trần Thị B")), "member-7"));

        Assert.Equal(2, parent.Executions.Count);
        var child = parent.Executions[1].State;
        Assert.Equal((childId, parent.State.Id, "member-7"), (child.ProcessId, child.Parent!.InstanceId, child.BusinessKey));
        var childRow = await Harness.Db(db => db.Instances.SingleAsync(i => i.Id == child.Id));
        Assert.Equal((tree.Cell, "running"), (childRow.SubjectOrganisationId, childRow.Status));
        var review = Assert.Single((await Harness.Inbox(tree.CellSecretary)).Items);
        Assert.Equal(child.Id, review.InstanceId);

        var done = await Harness.Processor(p => p.ExecuteAsync(child.Id, new CompleteTask(review.TaskId) { Actor = tree.CellSecretary }));

        Assert.Equal(InstanceStatus.Completed, done.State.Status);
        Assert.Equal("running", await Harness.Db(db => db.Instances.Where(i => i.Id == parent.State.Id).Select(i => i.Status).SingleAsync()));
        var approve = Assert.Single((await Harness.Inbox(tree.GrassrootsMember)).Items);
        Assert.Equal(parent.State.Id, approve.InstanceId);

        var finished = await Harness.Processor(p => p.ExecuteAsync(parent.State.Id, new CompleteTask(approve.TaskId)));
        Assert.Equal(InstanceStatus.Completed, finished.State.Status);
        Assert.Equal("Trần Thị B", finished.State.Variables["memberName"].GetString());
    }

    [Fact]
    public async Task A_rejected_command_leaves_every_table_unchanged()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("card");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Approval(processId), "admin"));
        var started = await Harness.Processor(p => p.StartAsync(processId, tree.Cell));
        var review = started.State.Tasks.Single();
        await Harness.Processor(p => p.ExecuteAsync(started.State.Id, new CompleteTask(review.Id)));
        var before = await DatabaseSnapshot.TakeAsync(Harness);

        var twice = await Assert.ThrowsAsync<WorkflowCommandException>(() =>
            Harness.Processor(p => p.ExecuteAsync(started.State.Id, new CompleteTask(review.Id))));
        var unknown = await Assert.ThrowsAsync<WorkflowCommandException>(() =>
            Harness.Processor(p => p.ExecuteAsync(Guid.NewGuid(), new CancelInstance())));

        Assert.Equal((CommandRejection.NotFound, CommandRejection.NotFound), (twice.Rejection, unknown.Rejection));
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Harness));
    }

    [Fact]
    public async Task A_failure_after_the_engine_ran_rolls_back_everything_it_had_prepared()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var parentId = Bpmn.UniqueId("parent");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.Caller(parentId, Bpmn.UniqueId("missing")), "admin"));
        var before = await DatabaseSnapshot.TakeAsync(Harness);

        // The caller's instance, audit and outbox rows are prepared before the called process turns out not to exist.
        var rejected = await Assert.ThrowsAsync<WorkflowCommandException>(() => Harness.Processor(p => p.StartAsync(parentId, tree.Cell)));

        Assert.Equal(CommandRejection.NotFound, rejected.Rejection);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(Harness));
    }

    [Fact]
    public async Task A_task_with_committee_of_reaches_the_named_organisation_not_the_subject()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("transfer");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReceivedElsewhere(processId), "admin"));

        // Subject: the grassroots organisation, which has no cell level of its own; the task names the cell.
        await Harness.Processor(p => p.StartAsync(processId, tree.Grassroots, Vars.Of(("toOrganisationId", tree.Cell.ToString()))));

        var receive = Assert.Single((await Harness.Inbox(tree.CellSecretary)).Items);
        Assert.Equal(("receive", tree.Cell), (receive.ElementId, receive.OrganisationId));
    }

    [Fact]
    public async Task A_task_whose_level_is_missing_from_the_tree_is_unassigned_and_audited()
    {
        var processId = Bpmn.UniqueId("card");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewOnly(processId), "admin"));

        var started = await Harness.Processor(p => p.StartAsync(processId, Guid.NewGuid()));

        var task = await Harness.Db(db => db.Tasks.SingleAsync(t => t.InstanceId == started.State.Id));
        Assert.Null(task.OrganisationId);
        Assert.Contains(AuditActions.TaskUnassigned, await DatabaseSnapshot.AuditActionsAsync(Harness, started.State.Id));
    }

    [Fact]
    public async Task The_context_refuses_to_change_an_audit_row()
    {
        var tree = await OrganisationTree.SeedAsync(Harness);
        var processId = Bpmn.UniqueId("card");
        await Harness.Definitions(store => store.DeployAsync(Bpmn.ReviewOnly(processId), "admin"));
        var started = await Harness.Processor(p => p.StartAsync(processId, tree.Cell));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Harness.Db(async db =>
        {
            var row = await db.AuditLog.FirstAsync(a => a.InstanceId == started.State.Id);
            row.Actor = "someone else";
            return await db.SaveChangesAsync();
        }));
    }
}
