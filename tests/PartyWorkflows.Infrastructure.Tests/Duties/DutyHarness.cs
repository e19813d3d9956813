using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Grading;
using PartyWorkflows.Infrastructure.Members;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Procedures;
using PartyWorkflows.Infrastructure.Scheduling;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Tests.Shared;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>
/// The workflow services with the service's handlers (member store, grading, procedures) and the periodic duties, on a
/// fake clock; duties run as their Hangfire job runs them.
/// </summary>
public static class DutyHarness
{
    public static WorkflowHarness Create(ITestDatabase database) => new(database, services => services
        .AddLogging()
        .AddSingleton(new SchedulingOptions())
        .AddMemberStore()
        .AddGradingAndRewardHandlers()
        .AddProcedureHandlers()
        .AddPeriodicDuties());

    public static async Task DeployAsync(this WorkflowHarness harness, string workflowFile)
    {
        var xml = await File.ReadAllTextAsync(RepositoryFiles.Workflow(workflowFile));
        await harness.DeployXmlAsync(xml);
    }

    public static async Task DeployXmlAsync(this WorkflowHarness harness, string xml)
    {
        var deployment = await harness.Definitions(store => store.DeployAsync(xml, "admin"));
        Assert.True(deployment.Succeeded, string.Join(Environment.NewLine, deployment.Diagnostics));
    }

    /// <returns>How many instances the run opened.</returns>
    public static Task<int> RunDutyAsync(this WorkflowHarness harness, string dutyId) =>
        harness.With<PeriodicDutyJob, int>(job => job.RunAsync(dutyId, CancellationToken.None));

    public static Task<List<InstanceRecord>> InstancesAsync(this WorkflowHarness harness, string processId) =>
        harness.Db(db => db.Instances.AsNoTracking().Where(i => i.ProcessId == processId).OrderBy(i => i.BusinessKey).ToListAsync());

    public static Task<TaskRecord> OpenTaskAsync(this WorkflowHarness harness, Guid instanceId) =>
        harness.Db(db => db.Tasks.AsNoTracking().SingleAsync(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open));

    public static async Task CompleteOpenTaskAsync(this WorkflowHarness harness, Guid instanceId, params (string Name, object? Value)[] variables)
    {
        var task = await harness.OpenTaskAsync(instanceId);
        await harness.Processor(p => p.ExecuteAsync(instanceId, new CompleteTask(task.Id, Vars.Of(variables)) { Actor = "test" }));
    }
}
