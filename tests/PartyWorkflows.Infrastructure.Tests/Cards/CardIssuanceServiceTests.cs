using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime.Commands;
using PartyWorkflows.Infrastructure.Cards;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Tests.Shared;

namespace PartyWorkflows.Infrastructure.Tests.Cards;

/// <summary>
/// workflows/card-issuance.bpmn deployed with the durable allocate-card-number handler: the numbers are allocated in
/// the approving command's transaction on real PostgreSQL (seed 000_29c5dfa480f916c0.txt §V.1, §V.2).
/// </summary>
public sealed class CardIssuanceServiceTests : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly WorkflowHarness _harness;

    public CardIssuanceServiceTests(PostgresDatabase database) =>
        _harness = new WorkflowHarness(database, services => services.AddCardNumbers());

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Approval_allocates_the_list_numbers_in_the_same_transaction_and_the_card_steps_follow()
    {
        var xml = await File.ReadAllTextAsync(RepositoryFiles.Workflow("card-issuance.bpmn"));
        var deployment = await _harness.Definitions(store => store.DeployAsync(xml, "admin"));
        Assert.True(deployment.Succeeded, string.Join(Environment.NewLine, deployment.Diagnostics));
        var tree = await OrganisationTree.SeedAsync(_harness);
        var started = await _harness.Processor(p => p.StartAsync("card-issuance", tree.Cell, new Dictionary<string, JsonElement>
        {
            ["provinceCode"] = JsonSerializer.SerializeToElement("30"),
            ["memberKeys"] = JsonSerializer.SerializeToElement(new[] { "dv-1", "dv-2", "dv-3" }),
        }));
        var instanceId = started.State.Id;

        await CompleteAsync(instanceId, "cellResolution", ("agree", 6), ("fullMembers", 9));
        await CompleteAsync(instanceId, "grassrootsList");
        await CompleteAsync(instanceId, "superiorList");
        var approved = await CompleteAsync(instanceId, "standingDecision", ("decision", "approve"));

        var numbers = approved.State.Variables["cardNumbers"].Deserialize<Dictionary<string, string>>()!;
        Assert.Equal(["30.000001", "30.000002", "30.000003"], new[] { "dv-1", "dv-2", "dv-3" }.Select(k => numbers[k]));
        var rows = await _harness.Db(db => db.CardNumbers.Where(n => n.InstanceId == instanceId).OrderBy(n => n.Sequence).ToListAsync());
        Assert.Equal(["dv-1", "dv-2", "dv-3"], rows.Select(r => r.MemberKey));
        var open = await _harness.Db(db => db.Tasks.SingleAsync(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open));
        Assert.Equal(("makeCard", "province"), (open.ElementId, open.CommitteeLevel));
    }

    private async Task<Workflows.Commands.CommandResult> CompleteAsync(Guid instanceId, string elementId, params (string Name, object Value)[] variables)
    {
        var task = await _harness.Db(db => db.Tasks.SingleAsync(t => t.InstanceId == instanceId && t.ElementId == elementId && t.Status == TaskStatuses.Open));
        return await _harness.Processor(p => p.ExecuteAsync(instanceId,
            new CompleteTask(task.Id, variables.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value))) { Actor = "test" }));
    }

}
